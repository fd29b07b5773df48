"""Writes the Word and PDF documents of evaluation part tune-l into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work for an evaluation
corpus. People, phone numbers, amounts, partner towns' staff and internal rules are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-l/make_docs.py

Block kinds: ("title", text), ("h1", text), ("h2", text), ("p", text), ("list", [items]),
("olist", [items]), ("table", [[header cells], [cells], ...]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from docwriters import write_docx, write_pdf  # noqa: E402  (tests/eval/corpus/docwriters.py)

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# D1. Visselblåsarfunktionen – svenska, .docx
# ---------------------------------------------------------------------------------------------

VISSELBLAS = [
    ("title", "Rutin för kommunens visselblåsarfunktion"),
    ("p", "Kommunledningskontoret, Alingsås kommun. Fastställd av kommundirektören 2025-11-20. Ersätter rutinen "
          "från december 2021. Gäller alla förvaltningar. De kommunala bolagen har egna visselblåsarfunktioner. "
          "Diarienummer KS 2025/0577."),
    ("h1", "1. Bakgrund"),
    ("p", "EU:s visselblåsardirektiv (direktiv 2019/1937) har genomförts i Sverige genom lagen om skydd för "
          "personer som rapporterar om missförhållanden, den så kallade visselblåsarlagen. Lagen gäller sedan den "
          "17 december 2021 för arbetsgivare med minst 250 arbetstagare och ställer krav på att kommunen har "
          "interna rapporteringskanaler, rutiner för uppföljning och oberoende handläggare."),
    ("p", "Syftet med lagen är att den som slår larm om allvarliga missförhållanden ska kunna göra det utan att "
          "riskera repressalier. Rutinen beskriver hur kommunens funktion är organiserad, vem som kan rapportera, "
          "vad som kan rapporteras och hur en rapport hanteras."),
    ("h1", "2. Vem kan rapportera?"),
    ("p", "Följande personer omfattas av lagens skydd när de rapporterar om missförhållanden som de har fått "
          "kännedom om i ett arbetsrelaterat sammanhang:"),
    ("list", ["arbetstagare, även under uppsägningstid och efter att anställningen har upphört",
              "arbetssökande och personer som är i ett rekryteringsförfarande",
              "praktikanter och volontärer",
              "inhyrd personal och konsulter som arbetar åt kommunen",
              "personer som söker eller utför praktik inom ramen för ett EU-finansierat projekt där kommunen är "
              "projektägare"]),
    ("p", "Förtroendevalda omfattas inte av lagens skydd som rapporterande personer. En förtroendevald kan ändå "
          "använda visselblåsarportalen, men ärendet hanteras då som en vanlig synpunkt och diarieförs hos "
          "kommunledningskontoret."),
    ("h1", "3. Vad kan rapporteras?"),
    ("p", "Visselblåsarfunktionen tar emot rapporter om missförhållanden som det finns ett allmänintresse av att "
          "de kommer fram, till exempel korruption, mutor, jäv, allvarliga brister i säkerheten, miljöbrott och "
          "missbruk av skattemedel. Funktionen tar också emot rapporter om överträdelser av EU-rätten inom bland "
          "annat offentlig upphandling, statligt stöd, dataskydd och informationssäkerhet samt miljö och "
          "livsmedelssäkerhet."),
    ("p", "Klagomål som bara rör den egna arbetssituationen, till exempel lön, schema eller en konflikt med en "
          "kollega, hanteras inte av visselblåsarfunktionen. Sådana frågor tas upp med närmaste chef, med "
          "HR-avdelningen eller med den fackliga organisationen."),
    ("h2", "Missförhållanden i EU-finansierade projekt"),
    ("p", "Misstänkta oegentligheter i projekt som finansieras av EU, till exempel fusk med tidredovisning eller "
          "kostnader som redovisas två gånger, kan rapporteras till kommunens funktion på vanligt sätt. Om "
          "misstanken bekräftas meddelar visselblåsarfunktionen den förvaltande myndigheten för programmet inom "
          "tio arbetsdagar. Den som vill kan också rapportera direkt till EU:s organ för bedrägeribekämpning, "
          "OLAF, eller till Europeiska åklagarmyndigheten (Eppo)."),
    ("h1", "4. Så rapporterar du"),
    ("p", "Du kan rapportera skriftligt eller muntligt. Du väljer själv om du vill vara anonym."),
    ("table", [["Kanal", "Så går det till"],
               ["Visselblåsarportalen", "Webbformulär som nås från intranätet och från alingsas.se, också från en "
                                        "privat dator. Anonym rapportering är möjlig."],
               ["Telefon", "Visselblåsarlinjen 0322-61 79 99, måndagar och torsdagar klockan 09.00–11.00. Samtalet "
                           "spelas inte in."],
               ["Personligt möte", "Begärs via portalen eller telefonlinjen. Mötet ska erbjudas inom 14 dagar från "
                                   "begäran."],
               ["Brev", "Märk kuvertet ”Visselblåsarfunktionen – personligt” och skicka det till "
                        "kommunledningskontoret. Kuvertet öppnas bara av funktionens handläggare."]]),
    ("p", "Den som rapporterar anonymt via portalen får ett ärendenummer och ett lösenord, och kan med dem "
          "följa ärendet och svara på frågor från handläggaren utan att röja sin identitet. Ett personligt möte "
          "kan däremot inte hållas anonymt."),
    ("h1", "5. Vem tar emot rapporterna?"),
    ("p", "Visselblåsarfunktionen består av kommunjuristen och internrevisionssamordnaren på "
          "kommunledningskontoret. De är oberoende i sin handläggning och tar inte emot instruktioner från någon "
          "chef i enskilda ärenden."),
    ("p", "Rapporter som rör kommundirektören, kommunjuristen eller internrevisionssamordnaren själva hanteras "
          "i stället av en extern advokatbyrå som kommunen har avtal med. Portalen har ett särskilt val för "
          "sådana rapporter, och de går då direkt till advokatbyrån."),
    ("h1", "6. Så hanteras en rapport"),
    ("olist", ["Handläggaren bekräftar att rapporten har tagits emot inom sju dagar, om den rapporterande inte "
               "har avböjt bekräftelse eller det finns skäl att tro att en bekräftelse skulle röja identiteten.",
               "Handläggaren bedömer om rapporten omfattas av lagen. Om den inte gör det hänvisas den rapporterande "
               "till rätt instans.",
               "Om rapporten omfattas utreds uppgifterna. Handläggaren kan ta hjälp av sakkunniga inom eller "
               "utanför kommunen, men lämnar aldrig ut uppgifter om den rapporterandes identitet.",
               "Den rapporterande får återkoppling om vilka åtgärder som har vidtagits inom tre månader från "
               "bekräftelsen.",
               "Ärendet avslutas, och en avidentifierad sammanfattning tas med i årsrapporten till "
               "kommunstyrelsen."]),
    ("p", "Personuppgifter i ett visselblåsarärende sparas inte längre än två år efter att ärendet har "
          "avslutats. Uppgifter som kan röja den rapporterandes identitet omfattas av sekretess."),
    ("h1", "7. Externa rapporteringskanaler"),
    ("p", "Den som hellre vill rapportera till en myndighet kan använda de externa kanaler som behöriga "
          "myndigheter har inrättat. Skyddet gäller på samma sätt. Exempel på behöriga myndigheter:"),
    ("table", [["Område", "Behörig myndighet"],
               ["Offentlig upphandling", "Konkurrensverket"],
               ["Dataskydd", "Integritetsskyddsmyndigheten (IMY)"],
               ["Arbetsmiljö", "Arbetsmiljöverket"],
               ["Miljö", "Naturvårdsverket och länsstyrelsen"],
               ["Livsmedelssäkerhet", "Livsmedelsverket"],
               ["Bedrägeri med EU-medel", "OLAF och Europeiska åklagarmyndigheten"]]),
    ("h1", "8. Skydd mot repressalier"),
    ("p", "Den som rapporterar i god tro får inte utsättas för repressalier, till exempel uppsägning, "
          "omplacering, sämre lön eller utfrysning. Det är inte heller tillåtet att försöka ta reda på vem som "
          "har rapporterat. En chef som misstänker att en medarbetare har utsatts för repressalier ska kontakta "
          "HR-chefen samma dag."),
    ("h1", "9. Uppföljning och statistik"),
    ("p", "Visselblåsarfunktionen lämnar en årsrapport till kommunstyrelsen i februari. Under 2025 kom det in "
          "nio rapporter. Tre av dem omfattades av lagen och utreddes; två gällde upphandling och en gällde "
          "hanteringen av kostnader i ett projekt. Sex rapporter rörde den egna arbetssituationen och hänvisades "
          "till ordinarie vägar."),
    ("h1", "10. Vanliga frågor"),
    ("h2", "Kan jag rapportera om något som hände för flera år sedan?"),
    ("p", "Ja. Det finns ingen tidsgräns i lagen, men ju äldre uppgifterna är, desto svårare kan det vara att "
          "utreda dem. Ange gärna när och var det inträffade."),
    ("h2", "Måste jag ha bevis?"),
    ("p", "Nej. Du behöver inte ha bevis, men du ska ha skälig anledning att tro att uppgifterna är sanna. Den "
          "som medvetet lämnar falska uppgifter omfattas inte av skyddet."),
    ("h2", "Får min chef veta att jag har rapporterat?"),
    ("p", "Nej, inte från visselblåsarfunktionen. Om utredningen kräver att chefen kontaktas, lämnar "
          "handläggaren inga uppgifter som kan avslöja vem som har rapporterat."),
]

# ---------------------------------------------------------------------------------------------
# D2. Underrättelse till utländska konsulat – svenska, .docx
# ---------------------------------------------------------------------------------------------

KONSULAT = [
    ("title", "Rutin för underrättelse till utländska ambassader och konsulat"),
    ("p", "Gemensam rutin för socialförvaltningen, vård- och omsorgsförvaltningen och överförmyndarnämndens "
          "kansli i Alingsås kommun. Framtagen av kommunjuristen i samråd med förvaltningarna. Fastställd "
          "2026-02-02. Diarienummer KS 2026/0041."),
    ("h1", "Varför finns rutinen?"),
    ("p", "Sverige har anslutit sig till Wienkonventionen om konsulära förbindelser från 1963. Enligt "
          "konventionens artikel 37 ska myndigheterna i det land där en utländsk medborgare befinner sig "
          "underrätta personens konsulat i vissa situationer, bland annat när en medborgare har avlidit och när "
          "en förmyndare eller god man behöver förordnas för en utländsk medborgare. Kommunen är en av de "
          "myndigheter som har den skyldigheten."),
    ("p", "Rutinen beskriver när kommunen underrättar en ambassad eller ett konsulat, vem som gör det och hur. "
          "Den gäller inte frihetsberövanden, som polisen ansvarar för."),
    ("h1", "När ska konsulatet underrättas?"),
    ("table", [["Situation", "Ansvarig", "Tidsfrist"],
               ["En utländsk medborgare avlider i kommunens vård och omsorg och saknar anhöriga i Sverige",
                "Enhetschefen för verksamheten", "Inom en arbetsdag"],
               ["God man eller förvaltare förordnas för en utländsk medborgare",
                "Överförmyndarnämndens kansli", "Inom fem arbetsdagar efter beslutet"],
               ["Särskilt förordnad vårdnadshavare utses för ett barn som är utländsk medborgare",
                "Familjerätten inom socialförvaltningen", "Inom fem arbetsdagar efter domen"],
               ["Vårdnadshavaren ber om kontakt med sitt konsulat i ett ärende om vård av barn",
                "Ansvarig handläggare", "Så snart som möjligt"]]),
    ("p", "När den avlidne har anhöriga i Sverige underrättar kommunen inte konsulatet. Det gör de anhöriga "
          "själva, ofta med hjälp av begravningsbyrån."),
    ("h2", "Personer med dubbelt medborgarskap"),
    ("p", "Om personen också är svensk medborgare görs ingen underrättelse, eftersom Sverige då behandlar "
          "personen som svensk medborgare. Detsamma gäller om personen har beviljats skydd i Sverige som "
          "flykting och underrättelsen skulle kunna utsätta personen eller anhöriga för fara."),
    ("h1", "Hur görs underrättelsen?"),
    ("olist", ["Kontrollera personens medborgarskap i verksamhetssystemet eller via Skatteverket.",
               "Gör en sekretessprövning. Lämna bara de uppgifter som konsulatet behöver: namn, födelsedatum, "
               "medborgarskap och vad som har hänt. Kontakta kommunjuristen om du är osäker.",
               "Ta reda på vilken beskickning som är behörig. Utrikesdepartementets förteckning över utländska "
               "beskickningar i Sverige visar om landet har ambassad i Stockholm eller honorärkonsulat i "
               "Göteborg.",
               "Skicka underrättelsen med kommunens mall, som finns på svenska och engelska på intranätet. "
               "Underrättelsen skickas med e-post eller rekommenderat brev.",
               "Diarieför underrättelsen och anteckna i akten eller journalen när och till vem den skickades."]),
    ("p", "Om landet saknar beskickning i Sverige skickas underrättelsen till landets ambassad i ett "
          "grannland, till exempel i Köpenhamn eller Oslo. Utrikesdepartementets förteckning anger vilken "
          "ambassad som är sidoackrediterad till Sverige."),
    ("h1", "Vad får konsulatet veta?"),
    ("p", "Kommunen lämnar aldrig ut uppgifter om hälsa, sociala förhållanden eller skälen till ett beslut "
          "utan den enskildes samtycke, om inte sekretessprövningen visar att uppgiften får lämnas. Ett konsulat "
          "som vill ha mer information hänvisas till den enskilde själv eller till dennes företrädare."),
    ("p", "Om konsulatet begär att få besöka en person som bor på ett särskilt boende eller är placerad av "
          "socialtjänsten, avgör den enskilde själv, eller dennes företrädare, om besöket ska tas emot."),
    ("h1", "Statistik"),
    ("p", "Under 2025 gjorde kommunen 14 underrättelser till utländska beskickningar: nio från "
          "överförmyndarnämndens kansli, fyra från vård- och omsorgsförvaltningen efter dödsfall och en från "
          "familjerätten. De vanligaste mottagarna var Polens, Finlands och Iraks beskickningar."),
    ("h1", "Frågor och svar"),
    ("h2", "Måste vi underrätta konsulatet när en EU-medborgare avlider?"),
    ("p", "Ja, på samma sätt som för andra utländska medborgare, om personen saknar anhöriga i Sverige. "
          "Konventionen gör ingen skillnad mellan EU-medborgare och andra."),
    ("h2", "Kan vi ringa konsulatet i stället för att skriva?"),
    ("p", "Ett telefonsamtal kan vara ett bra första steg, särskilt vid dödsfall, men underrättelsen ska "
          "alltid också göras skriftligt så att den kan diarieföras."),
    ("h2", "Vem betalar begravningen om ingen anhörig hör av sig?"),
    ("p", "Det regleras inte av den här rutinen. Dödsboet ansvarar i första hand för begravningskostnaderna. "
          "Frågor om ekonomiskt stöd till begravning handläggs av enheten för ekonomiskt bistånd."),
    ("h2", "Gäller rutinen de kommunala bolagen?"),
    ("p", "Nej. Rutinen gäller bara förvaltningarna och överförmyndarnämndens kansli."),
]

# ---------------------------------------------------------------------------------------------
# D3. Språkombud i vård och omsorg – svenska, .docx
# ---------------------------------------------------------------------------------------------

SPRAKOMBUD = [
    ("title", "Språkombud i vård och omsorg – uppdragsbeskrivning och riktlinjer 2026"),
    ("p", "Vård- och omsorgsförvaltningen, Alingsås kommun. Beslutad av förvaltningens ledningsgrupp "
          "2026-01-13. Gäller för äldreomsorgen, hemtjänsten och funktionsstödet."),
    ("h1", "Bakgrund"),
    ("p", "Omkring 410 av förvaltningens 1 080 tillsvidareanställda undersköterskor och vårdbiträden är födda "
          "i ett annat land än Sverige, vilket motsvarar 38 procent. Många har svenska som andraspråk och "
          "har lärt sig språket som vuxna. Medarbetarnas språkkunskaper är en tillgång i mötet med brukare som "
          "själva har ett annat modersmål, men förvaltningen ser också att brister i svenska kan ge problem i "
          "dokumentationen och vid överrapportering."),
    ("p", "Sedan 2022 arbetar förvaltningen med språkombud, en modell som har prövats i flera svenska "
          "kommuner. Ett språkombud är en medarbetare som stöttar sina kollegors språkutveckling i det dagliga "
          "arbetet. Språkombudet är inte lärare och ska inte bedöma någons språk."),
    ("h1", "Språkombudets uppdrag"),
    ("p", "Språkombudet ska göra det lättare att lära sig och använda svenska på arbetsplatsen. Uppdraget "
          "omfattar bland annat att:"),
    ("list", ["ordna språkfika på arbetsplatsen minst en gång i månaden",
              "ta fram och uppdatera en ordlista med arbetsplatsens vanligaste ord och förkortningar",
              "stötta kollegor som behöver hjälp med dokumentation i journalen",
              "lyfta språkfrågor på arbetsplatsträffar, till exempel genom ”veckans ord”",
              "tipsa chefen om kollegor som vill studera svenska på arbetstid",
              "delta i nätverksträffarna för språkombud"]),
    ("h2", "Tid och ersättning"),
    ("p", "Språkombudet har två timmar i veckan för uppdraget, vilket motsvarar omkring fem procent av en "
          "heltid. Tiden planeras in i schemat av enhetschefen. Språkombudet får ett tillägg på 700 kr per "
          "månad så länge uppdraget pågår. Tillägget betalas ut med lönen och är inte pensionsgrundande."),
    ("h2", "Hur många språkombud finns det?"),
    ("p", "I januari 2026 fanns 34 språkombud i förvaltningen. Målet är att det ska finnas minst ett "
          "språkombud per 15 medarbetare på varje enhet. Enheter med färre än åtta medarbetare delar språkombud "
          "med en annan enhet."),
    ("h1", "Utbildning för språkombud"),
    ("p", "Den som blir språkombud går en utbildning på fem halvdagar under de första tre månaderna. "
          "Utbildningen ges av Folkuniversitetet på uppdrag av förvaltningen och handlar om hur man lär sig ett "
          "andraspråk, om klarspråk i dokumentation och om hur man leder ett samtal i grupp. Utbildningen är "
          "kostnadsfri för enheten; den betalas centralt av förvaltningen."),
    ("table", [["Tillfälle", "Innehåll"],
               ["Halvdag 1", "Hur vuxna lär sig ett andraspråk"],
               ["Halvdag 2", "Språket i vård och omsorg – ord, förkortningar och överrapportering"],
               ["Halvdag 3", "Att skriva i journalen – klarspråk och objektivitet"],
               ["Halvdag 4", "Samtalsledning och språkfika"],
               ["Halvdag 5", "Uppföljning: erfarenheter från den egna arbetsplatsen"]]),
    ("h1", "Nätverket för språkombud"),
    ("p", "Alla språkombud träffas fyra gånger per år i ett nätverk som leds av förvaltningens "
          "språkombudssamordnare. Träffarna hålls i Estrad, kommunens kulturhus, och varar tre timmar. Under "
          "2026 hålls träffarna den 10 mars, den 9 juni, den 15 september och den 1 december."),
    ("h1", "Svenska på arbetstid"),
    ("p", "Medarbetare som har läst klart sfi men vill utveckla sin svenska kan läsa kursen Svenska som "
          "andraspråk med inriktning mot vård och omsorg inom Komvux. Förvaltningen ger möjlighet att studera "
          "fyra timmar i veckan på betald arbetstid under högst 40 veckor. Enheten får ersättning för vikarie "
          "under studietiden från förvaltningens centrala budget."),
    ("p", "Den som vill studera på arbetstid ansöker hos sin enhetschef. Ansökan ska vara inne senast den 15 "
          "maj inför höstterminen och senast den 15 november inför vårterminen."),
    ("h1", "Så blir du språkombud"),
    ("olist", ["Prata med din enhetschef om att du är intresserad.",
               "Fyll i intresseanmälan på intranätet senast den 15 februari eller den 15 augusti.",
               "Enhetschefen väljer språkombud i samråd med språkombudssamordnaren. Både medarbetare med svenska "
               "som modersmål och medarbetare med svenska som andraspråk kan bli språkombud.",
               "Du skriver ett uppdragsavtal med enhetschefen. Avtalet gäller ett år i taget.",
               "Du går utbildningen för språkombud."]),
    ("h2", "Exempel på språkfika"),
    ("p", "På Ängsgårdens särskilda boende håller språkombuden språkfika varannan tisdag efter lunch. Varje "
          "gång har ett tema, till exempel ord för känslor, ord som används vid överrapportering eller ord som "
          "de boende själva använder och som inte står i någon ordbok. Deltagarna skriver upp nya ord på en "
          "tavla i personalrummet, och orden förs sedan in i arbetsplatsens ordlista."),
    ("h1", "Budget 2026"),
    ("p", "Satsningen på språkombud och svenska på arbetstid har en budget på 1 150 000 kr för 2026. Av "
          "beloppet kommer 620 000 kr från det statliga bidraget för ökad kvalitet i äldreomsorgen och "
          "530 000 kr från förvaltningens egen budget."),
    ("h1", "Uppföljning"),
    ("p", "Förvaltningen följer upp satsningen med en enkät till medarbetarna varje höst. I enkäten 2025 "
          "svarade 72 procent av medarbetarna på enheter med språkombud att det har blivit lättare att fråga "
          "om ord och uttryck på arbetsplatsen. På enheter utan språkombud var andelen 41 procent."),
    ("h1", "Frågor och svar"),
    ("h2", "Kan en timanställd bli språkombud?"),
    ("p", "Nej. Uppdraget kräver kontinuitet och ges därför bara till tillsvidareanställda och till "
          "medarbetare med en visstidsanställning på minst ett år."),
    ("h2", "Ska språkombudet rätta kollegornas journalanteckningar?"),
    ("p", "Nej. Språkombudet kan ge tips och svara på frågor, men ansvaret för dokumentationen ligger alltid "
          "på den som skriver. Brister i dokumentationen tas upp av enhetschefen."),
]

# ---------------------------------------------------------------------------------------------
# D4. Utbytesstudenter på Alströmergymnasiet – svenska, .docx
# ---------------------------------------------------------------------------------------------

UTBYTESSTUDENTER = [
    ("title", "Ta emot utbytesstudenter på Alströmergymnasiet – rutin"),
    ("p", "Barn- och ungdomsförvaltningen, Alströmergymnasiet. Fastställd av rektorerna 2025-08-18. Rutinen "
          "gäller elever från andra länder som läser ett läsår eller en termin på Alströmergymnasiet genom en "
          "utbytesorganisation."),
    ("h1", "Bakgrund"),
    ("p", "Alströmergymnasiet tar varje år emot utbytesstudenter från andra länder. Läsåret 2025/26 har skolan "
          "sju utbytesstudenter från Italien, Japan, Tyskland, USA, Brasilien, Thailand och Frankrike. "
          "Studenterna bor i värdfamiljer i Alingsås eller i grannkommunerna och följer undervisningen i en "
          "vanlig klass."),
    ("p", "Utbytesstudenterna ger skolan ett internationellt inslag i vardagen och ger svenska elever en "
          "möjlighet att lära känna jämnåriga från andra länder. Samtidigt kräver varje student tid från "
          "mentorer och lärare, och därför har skolan bestämt en övre gräns för hur många som tas emot."),
    ("h1", "Vilka organisationer samarbetar skolan med?"),
    ("p", "Skolan tar bara emot studenter som kommer genom en utbytesorganisation som ansvarar för urval, "
          "värdfamilj, försäkring och stöd under hela vistelsen. Skolan samarbetar med:"),
    ("list", ["AFS Interkulturell Utbildning",
              "YFU Sverige (Youth For Understanding)",
              "Rotarys ungdomsutbyte",
              "EF High School Exchange Year"]),
    ("p", "Studenter som ordnar sin vistelse på egen hand, utan en organisation, tas inte emot som "
          "utbytesstudenter. De kan i stället söka till gymnasieskolan på vanligt sätt om de är bosatta i "
          "Sverige."),
    ("h1", "Antal och villkor"),
    ("list", ["Skolan tar emot högst åtta utbytesstudenter per läsår.",
              "Högst två utbytesstudenter placeras i samma klass.",
              "Studenten ska vara mellan 15 och 18 år när vistelsen börjar.",
              "Studenten placeras normalt i årskurs 2 på ett högskoleförberedande program.",
              "Det kostar ingenting för studenten eller organisationen att studera på skolan.",
              "Studenten har rätt till skollunch, lånedator och läromedel på samma villkor som andra elever."]),
    ("p", "Utbytesstudenter har inte rätt till studiebidrag från CSN, eftersom de inte är bosatta i Sverige. "
          "Det gäller även om de är folkbokförda hos värdfamiljen."),
    ("h1", "Så går en förfrågan till"),
    ("olist", ["Utbytesorganisationen skickar en förfrågan till skolans utbyteskoordinator med studentens "
               "ansökan, betyg från hemlandet och värdfamiljens adress.",
               "Förfrågan ska ha kommit in senast den 1 maj för studenter som börjar på hösten och senast den 1 "
               "november för studenter som börjar i januari.",
               "Utbyteskoordinatorn och rektor för det aktuella programmet bedömer om studenten kan tas emot och "
               "i vilken klass.",
               "Skolan skickar ett antagningsbesked till organisationen inom tre veckor.",
               "Organisationen ansvarar för att studenten har uppehållstillstånd när det behövs, till exempel "
               "för studenter från länder utanför EU."]),
    ("h1", "Mottagandet på skolan"),
    ("p", "Varje utbytesstudent får en mentor bland lärarna i klassen och en elevfadder, som är en "
          "klasskamrat som har anmält sig frivilligt. Första skoldagen har studenten ett introduktionssamtal "
          "med utbyteskoordinatorn och mentorn, där schema, regler, skollunch och lånedator gås igenom."),
    ("h2", "Svenska för utbytesstudenter"),
    ("p", "Under de första tio veckorna har utbytesstudenterna en introduktionskurs i svenska tre timmar i "
          "veckan, i stället för en del av ordinarie lektioner i främmande språk. Därefter kan studenten läsa "
          "kursen Svenska som andraspråk 1 tillsammans med andra elever."),
    ("h1", "Betyg och intyg"),
    ("p", "En utbytesstudent som deltar i undervisningen får betyg i de kurser som studenten har slutfört med "
          "godkänt resultat. För övriga kurser får studenten ett intyg om studier, som utfärdas av "
          "utbyteskoordinatorn när vistelsen är slut. Intyget är på engelska och anger kurser, omfattning och "
          "närvaro."),
    ("h1", "Frånvaro och problem"),
    ("p", "Utbytesstudenter omfattas av samma närvaroregler som andra elever. Om en student har oanmäld "
          "frånvaro i tre skoldagar i följd kontaktar mentorn utbytesorganisationens lokala kontaktperson. "
          "Om studenten inte trivs i värdfamiljen är det organisationens ansvar att hitta en lösning, men "
          "skolans elevhälsa kan stötta studenten under tiden."),
    ("h1", "Elever från Alingsås som vill åka på utbyte"),
    ("p", "Elever på Alströmergymnasiet som vill åka på ett utbytesår kontaktar studie- och yrkesvägledaren "
          "senast den 1 december året innan. Eleven gör upp en studieplan med rektor, så att kurser från "
          "utlandet kan tillgodoräknas så långt det är möjligt när eleven kommer tillbaka."),
    ("h1", "Kontakt"),
    ("p", "Skolans utbyteskoordinator är studie- och yrkesvägledaren Jenny Åkesson. Hon tar emot "
          "förfrågningar från utbytesorganisationerna och är kontaktperson för värdfamiljerna."),
]

# ---------------------------------------------------------------------------------------------
# D5. Pilot with the European Digital Innovation Hub – English, .docx
# ---------------------------------------------------------------------------------------------

EDIH = [
    ("title", "AI support for building permit completeness checks – pilot with the European Digital "
              "Innovation Hub"),
    ("p", "Project plan. Building Permit Unit and Digitalisation Unit, Alingsås Municipality. Approved by the "
          "Building Committee on 10 June 2026. Version 1.0."),
    ("h1", "Summary"),
    ("p", "The Building Permit Unit will test an AI tool that checks whether building permit applications are "
          "complete when they arrive. The pilot is carried out from September 2026 to February 2027 together "
          "with Västra Götaland Digital Innovation Hub (VGDIH), one of the European Digital Innovation Hubs "
          "co-funded by the EU's Digital Europe Programme. The tool will only point out missing documents and "
          "information. It will not make any decisions about permits."),
    ("h1", "What is a European Digital Innovation Hub?"),
    ("p", "European Digital Innovation Hubs (EDIHs) are organisations that help companies and public sector "
          "organisations to use digital technologies such as artificial intelligence, high-performance "
          "computing and cybersecurity. Each hub is co-funded by the Digital Europe Programme and by the "
          "member state or region, and there are more than 200 hubs across Europe."),
    ("p", "The hubs offer four kinds of services:"),
    ("list", ["Test before invest: trying out a technology in practice before buying it",
              "Skills and training",
              "Support to find investments and funding",
              "Innovation ecosystem and networking"]),
    ("p", "VGDIH is run by a consortium of two universities, a research institute and a regional business "
          "development agency. Its speciality is applied AI for small companies and the public sector."),
    ("h1", "The problem"),
    ("p", "The Building Permit Unit receives about 1,150 applications for building permits, notifications and "
          "demolition permits every year. In 2025, 42 percent of the applications were incomplete when they "
          "arrived, most often because drawings lacked measurements or because the site plan was missing. Each "
          "incomplete application leads to a request for additional information, and the statutory time limit "
          "of ten weeks does not start until the application is complete."),
    ("p", "Checking completeness takes an administrator on average 35 minutes per application. The unit "
          "estimates that about 650 hours a year are spent on completeness checks."),
    ("h1", "The pilot"),
    ("p", "During the pilot, the AI tool will read the documents in an application and produce a list of "
          "missing or unclear items. The administrator then decides what to ask the applicant for. The tool "
          "will be trained and tested on 300 historical applications from 2023–2025, from which names, personal "
          "identity numbers and addresses have been removed."),
    ("table", [["Phase", "Period", "Content"],
               ["1. Preparation", "September 2026", "Selection and anonymisation of 300 historical applications; "
                                                   "data protection impact assessment"],
               ["2. Training and testing", "October–November 2026", "VGDIH adapts an existing model and tests "
                                                                    "it on the historical applications"],
               ["3. Live test", "December 2026–January 2027", "The tool runs alongside the administrators on "
                                                               "new applications; the results are compared"],
               ["4. Evaluation", "February 2027", "Report to the Building Committee, with a recommendation "
                                                  "on whether to procure a tool"]]),
    ("h2", "Success criteria"),
    ("list", ["The tool correctly identifies at least 90 percent of the missing items that an administrator "
              "would have found.",
              "At most 10 percent of the items the tool flags are false alarms.",
              "The time spent on completeness checks is reduced by at least a third during the live test."]),
    ("h1", "Costs"),
    ("p", "VGDIH values its services in the pilot at EUR 42,000. Services to public sector organisations are "
          "free of charge up to a value of EUR 30,000 per organisation, and the municipality pays 50 percent "
          "of the value above that. The municipality's share is therefore EUR 6,000, which is paid by the "
          "Building Permit Unit."),
    ("p", "In addition, the pilot requires about 400 hours of work by municipal staff, mainly administrators in "
          "the Building Permit Unit and one data protection specialist. The staff time is not charged to the "
          "project."),
    ("h1", "Data protection and the AI Act"),
    ("p", "A data protection impact assessment will be carried out before any data is shared with VGDIH. All "
          "data is processed within the EU, and VGDIH deletes the data when the pilot ends. The tool will be "
          "entered in the municipality's AI register, as required by the municipality's guidance on the AI "
          "Act."),
    ("p", "The municipality's assessment is that the tool is not a high-risk AI system under the AI Act, since "
          "it only supports a preparatory task and every decision is made by an administrator. The assessment "
          "has been confirmed by the AI Council."),
    ("h1", "Risks"),
    ("list", ["The historical applications may not be representative of new applications, since the e-service "
              "for building permits was changed in 2025. The live test is designed to show this.",
              "The tool may work less well on hand-drawn sketches, which are still common in applications "
              "from private individuals.",
              "Staff may rely too much on the tool. Administrators therefore check all applications in full "
              "during the live test."]),
    ("h1", "Organisation"),
    ("table", [["Role", "Person or body"],
               ["Project owner", "Head of the Building Permit Unit, Maria Sundén"],
               ["Project manager", "Digital development officer, Digitalisation Unit"],
               ["Technical lead", "AI specialist at VGDIH"],
               ["Reference group", "Three administrators from the Building Permit Unit and one representative "
                                   "of the trade unions"]]),
    ("h1", "Questions and answers"),
    ("h2", "Will applicants be told that AI is used?"),
    ("p", "Yes. During the live test, the page about building permits on alingsas.se will explain that an AI "
          "tool is being tested and that all decisions are made by staff."),
    ("h2", "Will the tool replace administrators?"),
    ("p", "No. The purpose is to free time for advice to applicants and for the more complicated cases. The "
          "number of administrators will not be reduced because of the pilot."),
    ("h2", "What happens after the pilot?"),
    ("p", "If the pilot meets the success criteria, the Building Committee decides in March 2027 whether to "
          "procure a tool. VGDIH cannot sell the tool itself, but its report can be used in the procurement."),
]

# ---------------------------------------------------------------------------------------------
# D6. Förstudie om lokala energigemenskaper – svenska, .docx
# ---------------------------------------------------------------------------------------------

ENERGIGEMENSKAP = [
    ("title", "Förstudie: lokala energigemenskaper i Alingsås"),
    ("p", "Kommunledningskontoret, hållbarhetsenheten. Slutrapport 2026-09-30. Förstudien har finansierats av "
          "kommunens klimatfond och med regionalt utvecklingsstöd från Västra Götalandsregionen."),
    ("h1", "Sammanfattning"),
    ("p", "Förstudien har undersökt om boende och företag på landsbygden i Alingsås kan gå samman i "
          "energigemenskaper som producerar och delar förnybar el. Två orter har studerats: Ingared och Ödenäs. "
          "Slutsatsen är att en energigemenskap med en solpark är genomförbar i Ingared, medan underlaget i "
          "Ödenäs ännu är för litet. Förstudien föreslår att kommunen stöttar bildandet av en ekonomisk förening "
          "i Ingared och att kommunen själv deltar med solceller på Ingaredsskolans tak."),
    ("h1", "Vad är en energigemenskap?"),
    ("p", "En energigemenskap är en sammanslutning där invånare, lokala företag och ibland kommuner "
          "tillsammans äger och styr produktion av energi, oftast el från sol eller vind. Syftet är i första "
          "hand att ge medlemmarna och närområdet nytta, inte att ge vinst."),
    ("p", "EU har infört två begrepp för energigemenskaper: förnybartdirektivet beskriver "
          "förnybartgemenskaper, och elmarknadsdirektivet beskriver medborgarenergigemenskaper. Båda direktiven "
          "kräver att medlemsstaterna gör det möjligt för energigemenskaper att producera, lagra och sälja "
          "energi. I Sverige har reglerna genomförts i ellagen, men möjligheterna att dela el mellan fastigheter "
          "som inte ligger intill varandra är fortfarande begränsade."),
    ("h1", "Förstudiens genomförande"),
    ("list", ["Enkät till hushåll i Ingared och Ödenäs, med 214 svar",
              "Två öppna möten i bygdegårdarna våren 2026",
              "Teknisk bedömning av tre möjliga platser för en solpark",
              "Studieresa till energigemenskaper i Danmark, bland annat på Samsø",
              "Juridisk bedömning av kommunens möjligheter att delta"]),
    ("p", "Förstudien har också fått kostnadsfri teknisk rådgivning från EU:s Energy Communities Repository, "
          "som stöder lokala initiativ i hela EU. Ansökan om rådgivning beviljades i maj 2026, och rådgivningen "
          "omfattade tolv dagars arbete av en konsult."),
    ("h1", "Resultat för Ingared"),
    ("p", "I Ingared har 120 hushåll och fyra företag anmält intresse för att bli medlemmar. Den mest lämpliga "
          "platsen för en solpark är en tidigare grustäkt väster om samhället, som ägs av en lantbrukare som är "
          "positiv till att arrendera ut marken."),
    ("table", [["Uppgift", "Värde"],
               ["Solparkens effekt", "800 kW"],
               ["Beräknad årlig produktion", "omkring 760 000 kWh"],
               ["Investeringskostnad", "omkring 6,4 miljoner kronor"],
               ["Insats per hushåll", "5 000 kr"],
               ["Insats per företag", "25 000 kr"],
               ["Andel av kostnaden som lånas", "omkring 70 procent"]]),
    ("p", "Elen från solparken säljs på elmarknaden, och överskottet används för att sänka medlemmarnas "
          "elkostnader och för lokala ändamål som föreningen beslutar om. Ett batterilager på 400 kWh kan "
          "läggas till i ett senare skede."),
    ("h1", "Resultat för Ödenäs"),
    ("p", "I Ödenäs anmälde 38 hushåll intresse, vilket inte räcker för en solpark av en storlek som bär sina "
          "kostnader. Förstudien föreslår att Ödenäs i stället undersöker gemensamma solceller på bygdegården "
          "och idrottsföreningens klubbhus, och att frågan tas upp igen 2028."),
    ("h1", "Kommunens roll"),
    ("p", "Kommunen får enligt kommunallagen inte driva verksamhet i vinstsyfte och får bara ta hand om "
          "angelägenheter som har anknytning till kommunens område. Den juridiska bedömningen är att kommunen "
          "får vara medlem i en energigemenskap i Ingared med solceller på en egen byggnad, så länge kommunen "
          "inte tar ut vinst och medlemskapet har ett tydligt klimatsyfte."),
    ("list", ["Solceller på Ingaredsskolans tak: omkring 1 400 kvadratmeter och en effekt på 220 kW",
              "Kommunens insats: 25 000 kr, samma som för ett företag",
              "Kommunen ska inte ha mer än en röst i föreningen och ska inte sitta i styrelsen"]),
    ("h1", "Budget för förstudien"),
    ("table", [["Post", "Kostnad"],
               ["Projektledning (kommunens personal)", "210 000 kr"],
               ["Teknisk konsult för solparken", "140 000 kr"],
               ["Juridisk bedömning", "45 000 kr"],
               ["Studieresa till Danmark", "52 000 kr"],
               ["Möten och information", "33 000 kr"],
               ["Summa", "480 000 kr"]]),
    ("p", "Västra Götalandsregionen har bidragit med 240 000 kr, det vill säga halva kostnaden. Resten har "
          "finansierats av kommunens klimatfond."),
    ("h1", "Fortsatt arbete"),
    ("olist", ["Informationsmöte i Ingareds bygdegård den 10 november 2026 om att bilda en ekonomisk förening.",
               "Informationsmöte i Ödenäs bygdegård den 3 november 2026 om förstudiens resultat.",
               "Kommunstyrelsen beslutar i december 2026 om kommunens medlemskap och om solceller på "
               "Ingaredsskolan.",
               "Föreningen söker bygglov och finansiering under 2027.",
               "Solparken kan tidigast tas i drift sommaren 2028."]),
    ("h1", "Frågor och svar"),
    ("h2", "Får alla i Ingared bli medlemmar?"),
    ("p", "Ja. Medlemskap ska vara öppet för alla hushåll och företag som har sin el-anslutning inom Ingareds "
          "postnummerområde. Medlemmar utanför området kan tas in om styrelsen beslutar det."),
    ("h2", "Blir elen gratis för medlemmarna?"),
    ("p", "Nej. Medlemmarna köper sin el som tidigare, men får en del av föreningens överskott, och föreningen "
          "kan sänka avgiften för medlemmar med låga inkomster om årsmötet beslutar det."),
]

# ---------------------------------------------------------------------------------------------
# P1. Cybersäkerhetslagen (NIS2) – svenska, .pdf
# ---------------------------------------------------------------------------------------------

NIS2 = [
    ("title", "Cybersäkerhetslagen (NIS2) – konsekvenser för Alingsås kommun och förslag till åtgärder"),
    ("p", "Tjänsteskrivelse till kommunstyrelsen. Kommunledningskontoret, säkerhetsenheten, 2026-03-16. "
          "Diarienummer KS 2026/0118. Handläggare: säkerhetschef Daniel Ek."),
    ("h1", "Förslag till beslut"),
    ("list", ["Kommunstyrelsen godkänner handlingsplanen för att uppfylla cybersäkerhetslagens krav.",
              "Kommunstyrelsen anvisar 2 400 000 kr för 2026 ur kommunstyrelsens oförutsedda medel.",
              "Kommunstyrelsens ledamöter och ersättare deltar i en utbildning i cybersäkerhet den 22 april "
              "2026."]),
    ("h1", "Bakgrund"),
    ("p", "EU:s direktiv om åtgärder för en hög gemensam cybersäkerhetsnivå, NIS2-direktivet, har genomförts "
          "i Sverige genom en ny cybersäkerhetslag som trädde i kraft den 15 januari 2026. Lagen ersätter den "
          "tidigare lagen om informationssäkerhet för samhällsviktiga och digitala tjänster."),
    ("p", "Till skillnad från den tidigare lagen omfattar cybersäkerhetslagen också offentlig förvaltning, "
          "och därmed alla kommuner. Kommunen ska bedriva ett systematiskt och riskbaserat "
          "informationssäkerhetsarbete, rapportera betydande incidenter och se till att ledningen har "
          "tillräcklig kunskap. Tillsynsmyndighet för kommunerna är Myndigheten för civilt försvar, som "
          "tidigare hette MSB."),
    ("p", "Kommunens bolag Alingsås Energi omfattas av lagen som en egen verksamhetsutövare inom "
          "energisektorn och hanterar sina egna åtaganden. Den här skrivelsen gäller bara kommunens "
          "förvaltningar."),
    ("h1", "Vad kräver lagen?"),
    ("h2", "Registrering"),
    ("p", "Kommunen ska anmäla sig till tillsynsmyndigheten. Säkerhetsenheten gjorde anmälan den 2 februari "
          "2026."),
    ("h2", "Riskhantering"),
    ("p", "Kommunen ska vidta lämpliga och proportionerliga åtgärder för att hantera risker för de nätverks- "
          "och informationssystem som används i verksamheten. Åtgärderna ska bland annat omfatta "
          "incidenthantering, kontinuitet och säkerhetskopiering, säkerhet i leverantörskedjan, "
          "flerfaktorsautentisering och utbildning."),
    ("h2", "Incidentrapportering"),
    ("p", "En betydande incident ska rapporteras till tillsynsmyndigheten i tre steg. En tidig varning ska "
          "lämnas inom 24 timmar från det att kommunen fick kännedom om incidenten. En incidentanmälan ska "
          "lämnas inom 72 timmar, och en slutrapport ska lämnas senast en månad efter incidentanmälan."),
    ("p", "Inom kommunen är det säkerhetschefen som beslutar om en incident är betydande och som gör "
          "rapporteringen. Utanför kontorstid fattar kommunens tjänsteman i beredskap beslutet om den tidiga "
          "varningen."),
    ("h2", "Ledningens ansvar"),
    ("p", "Lagen lägger ett uttryckligt ansvar på ledningen. För kommunen innebär det att kommunstyrelsen ska "
          "godkänna åtgärderna för riskhantering, övervaka att de genomförs och se till att ledamöterna har "
          "tillräcklig kunskap om cybersäkerhet. Därför föreslås en utbildning för kommunstyrelsens ledamöter "
          "och ersättare."),
    ("h1", "Nuläge i kommunen"),
    ("p", "Kommunen har arbetat med informationssäkerhet enligt standarden ISO 27001 sedan 2019, men en "
          "genomgång i februari 2026 visade flera brister i förhållande till de nya kraven:"),
    ("list", ["Flerfaktorsautentisering används för distansarbete men inte för alla system inne i kommunens "
              "nät.",
              "Säkerhetskopiorna testas bara en gång per år, och återläsning av hela system har inte övats.",
              "Kraven på informationssäkerhet i avtalen med leverantörer varierar, och 31 av 112 avtal saknar "
              "krav på incidentrapportering.",
              "Det finns ingen obligatorisk utbildning i informationssäkerhet för medarbetarna."]),
    ("h1", "Handlingsplan 2026"),
    ("table", [["Åtgärd", "Klart senast", "Ansvarig"],
               ["Flerfaktorsautentisering för alla medarbetare och system", "30 september 2026", "IT-chefen"],
               ["Test av återläsning av säkerhetskopior för de tio viktigaste systemen", "30 juni 2026",
                "IT-chefen"],
               ["Krav på incidentrapportering i alla nya och förlängda leverantörsavtal", "Från 1 april 2026",
                "Upphandlingschefen"],
               ["E-utbildning i informationssäkerhet för alla medarbetare", "31 december 2026",
                "Säkerhetschefen"],
               ["Rutin för rapportering av betydande incidenter", "30 april 2026", "Säkerhetschefen"],
               ["Extern granskning av efterlevnaden", "November 2026", "Säkerhetschefen"]]),
    ("p", "E-utbildningen tar omkring 30 minuter och ska genomföras av alla medarbetare, även timanställda "
          "som har ett konto i kommunens IT-miljö. Cheferna följer upp att deras medarbetare har gått "
          "utbildningen."),
    ("h1", "Kostnader"),
    ("p", "De sammanlagda kostnaderna för 2026 beräknas till 2 400 000 kr. Den största posten är licenser och "
          "verktyg för flerfaktorsautentisering och logganalys, som kostar 1 100 000 kr. En ny tjänst som "
          "informationssäkerhetsspecialist kostar 850 000 kr per år, den externa granskningen 300 000 kr och "
          "utbildningarna 150 000 kr."),
    ("p", "Från 2027 beräknas de årliga kostnaderna till omkring 1 900 000 kr. De föreslås ingå i "
          "kommunledningskontorets ram från och med budgeten för 2027."),
    ("h1", "Konsekvenser om kommunen inte uppfyller kraven"),
    ("p", "Tillsynsmyndigheten kan förelägga kommunen att vidta åtgärder och kan besluta om sanktionsavgift om "
          "kommunen inte följer lagen. Den största risken är dock inte sanktionerna, utan att en allvarlig "
          "incident slår ut verksamheter som invånarna är beroende av, till exempel hemtjänstens planering, "
          "skolornas system och ekonomisystemet."),
    ("h1", "Samverkan"),
    ("p", "Ärendet har beretts i samråd med IT-avdelningen, upphandlingsenheten och HR-avdelningen. "
          "Kommunerna i Göteborgsregionen har ett gemensamt nätverk för informationssäkerhet, där kommunen "
          "deltar och där erfarenheter av genomförandet utbyts."),
]

# ---------------------------------------------------------------------------------------------
# P2. Placing a child in another EU country – English, .pdf
# ---------------------------------------------------------------------------------------------

BRUSSELS = [
    ("title", "Placing a child in another EU country – guidance for the social services"),
    ("p", "Social Services Department, Alingsås Municipality. Unit for Children and Young People. Version 2, "
          "January 2026. This guidance is written in English so that it can also be shared with foster "
          "families and authorities in other countries."),
    ("h1", "Why this guidance?"),
    ("p", "Sometimes the best placement for a child who cannot live at home is with relatives or a foster "
          "family in another country. Since 1 August 2022, placements of children in another EU country are "
          "governed by the Brussels IIb Regulation (Council Regulation (EU) 2019/1111). Article 82 of the "
          "regulation says that a child may not be placed in another member state without the prior consent "
          "of that state's competent authority."),
    ("p", "The Unit for Children and Young People handled two such cases in 2025: one placement with "
          "grandparents in Poland and one with a foster family in Finland. Both took longer than planned, and "
          "this guidance is based on the lessons learned."),
    ("h1", "When is consent needed?"),
    ("p", "Consent from the receiving country is needed for placements in a foster family, with relatives or "
          "in an institution in another member state. No consent is needed when the child is placed with a "
          "parent. Some member states, including Poland, also require consent for placements with "
          "grandparents and other close relatives, so the caseworker must always check the rules of the "
          "receiving country."),
    ("h2", "Denmark and countries outside the EU"),
    ("p", "Denmark does not apply the Brussels IIb Regulation. Placements in Denmark, Norway and other "
          "countries that are parties to the 1996 Hague Convention on the protection of children follow a "
          "similar procedure under Article 33 of the convention. For placements in countries that are parties "
          "to neither instrument, the caseworker contacts the municipal lawyer before any planning starts."),
    ("h1", "The procedure step by step"),
    ("olist", ["The caseworker discusses the possible placement with the unit manager and the municipal lawyer.",
               "The caseworker writes a report on the child, the reasons for the placement, the planned "
               "duration and how the placement will be financed.",
               "The request for consent, together with the report, is translated into the official language of "
               "the receiving country. The Social Services Department pays for the translation.",
               "The request is sent through the Swedish central authority to the central authority of the "
               "receiving country.",
               "The receiving country decides on consent. Under the regulation, the decision should be made "
               "within three months of receiving the request.",
               "When consent has been given, the case is presented to the Individual Committee of the Social "
               "Services Committee, which decides on the placement."]),
    ("p", "Because of the translation and the time needed for the receiving country's decision, the "
          "procedure should be started at least four months before the planned placement. A placement must "
          "never start before consent has been received, except in an emergency where the child is placed "
          "with a parent."),
    ("h1", "Follow-up of the placement"),
    ("p", "Alingsås Municipality keeps the responsibility for the child during the placement. The caseworker "
          "visits the child at least twice a year in the receiving country, in addition to regular video "
          "calls. The caseworker also asks the receiving country's authority for a written report every six "
          "months."),
    ("p", "Travel for follow-up visits is paid by the Unit for Children and Young People. An interpreter is "
          "booked when the child, the family or the local authority do not speak Swedish or English."),
    ("h1", "Costs"),
    ("p", "The placing municipality pays the costs of the placement, including compensation to the foster "
          "family according to the level agreed in the request. In the Polish case in 2025, the translation "
          "of the request and the report cost SEK 18,400, and the compensation to the grandparents was set at "
          "the level recommended by Polish authorities."),
    ("h1", "Common mistakes"),
    ("list", ["Starting the procedure too late, so that the child has to wait in a temporary placement.",
              "Assuming that consent is not needed for placements with relatives.",
              "Sending the request directly to the local authority in the receiving country instead of through "
              "the central authorities.",
              "Forgetting to agree on who pays for health care and school costs in the receiving country."]),
    ("h1", "Questions and answers"),
    ("h2", "Can we place a child with relatives in Norway?"),
    ("p", "Yes, but the procedure under the 1996 Hague Convention applies instead of the Brussels IIb "
          "Regulation, since Norway is not an EU member state. In practice the steps are similar."),
    ("h2", "What if the receiving country does not answer within three months?"),
    ("p", "The caseworker contacts the Swedish central authority, which can remind the other country. The "
          "placement still cannot start without consent."),
    ("h2", "Who decides about the child's schooling in the receiving country?"),
    ("p", "The child goes to school according to the rules of the receiving country. Questions about school "
          "should be part of the request, so that the receiving authority can confirm that a school place is "
          "available."),
]

# ---------------------------------------------------------------------------------------------
# P3. School kitchen staff exchange with Kokkola – English, .pdf
# ---------------------------------------------------------------------------------------------

KOKKOLA = [
    ("title", "School kitchen staff exchange with Kokkola 2026"),
    ("p", "Plan for a staff exchange between the Meal Service of Alingsås Municipality and the Meal Services "
          "of the City of Kokkola, Finland. Approved by the Head of the Meal Service, 14 January 2026."),
    ("h1", "Background"),
    ("p", "Finland has served free school meals to all pupils since 1948, and Finnish school catering is known "
          "for its work on pupil participation and food waste. Kokkola, or Karleby in Swedish, is a bilingual "
          "city on the west coast of Finland with about 48,000 inhabitants, of whom about 13 percent are "
          "Swedish-speaking. Its Meal Services prepare about 9,000 school lunches a day."),
    ("p", "The idea of an exchange came up when the heads of the two meal services met at a Nordic conference "
          "on public meals in 2025. Both organisations want to learn from each other in three areas: measuring "
          "and reducing food waste, vegetarian meals that pupils like, and involving pupils in planning the "
          "menu."),
    ("h1", "The exchange"),
    ("p", "The exchange has two parts. In spring, four members of staff from Alingsås work for a week in "
          "school kitchens in Kokkola. In autumn, four members of staff from Kokkola work for a week in "
          "school kitchens in Alingsås."),
    ("table", [["Part", "Dates", "Participants"],
               ["Alingsås staff in Kokkola", "20–24 April 2026", "Three cooks and one meal assistant"],
               ["Kokkola staff in Alingsås", "5–9 October 2026", "Two cooks, one meal assistant and one "
                                                                  "dietitian"]]),
    ("p", "Each participant works in one school kitchen during the week, together with a host from the "
          "kitchen, and takes part in normal work. On the Friday, all participants and hosts meet for a joint "
          "workshop where they summarise what they have learnt."),
    ("h1", "Who can take part?"),
    ("p", "All permanent staff in the Meal Service's school kitchens can apply. Applications are made with a "
          "short form in which the applicant describes what they want to learn, and must be sent to the Head "
          "of the Meal Service by 13 February 2026. The four participants are chosen so that different kinds "
          "of kitchens are represented, both kitchens that cook from scratch and kitchens that receive "
          "food from a central kitchen."),
    ("p", "Participants need to be able to communicate in Swedish or English. In Kokkola, the Alingsås staff "
          "will be placed in kitchens with Swedish-speaking staff as far as possible."),
    ("h1", "Costs and funding"),
    ("p", "The exchange is funded from the municipality's competence development fund, which has granted SEK "
          "64,000. The two cities have agreed that the host pays for accommodation and lunch for the visitors, "
          "and that each city pays for its own staff's travel."),
    ("table", [["Item", "Amount (SEK)"],
               ["Flights Göteborg–Helsinki–Kokkola for four people", "22,000"],
               ["Daily allowances in Kokkola", "8,000"],
               ["Hotel for the Kokkola staff in Alingsås, four rooms for five nights", "20,000"],
               ["Substitute staff in the Alingsås kitchens during the April week", "12,000"],
               ["Joint workshop and dinner in October", "2,000"],
               ["Total", "64,000"]]),
    ("p", "The hotel rate for the Kokkola staff in Alingsås is SEK 1,000 per room and night at Hotell "
          "Scandinavia, including breakfast. In Kokkola, the Alingsås staff stay at a hotel in the city centre, "
          "paid by Kokkola."),
    ("h1", "Themes to study"),
    ("h2", "Food waste"),
    ("p", "Kokkola measures plate waste every day in all schools and shows the result to the pupils on a "
          "screen in the dining hall. In the school year 2024/25, plate waste in Kokkola was on average 18 grams "
          "per pupil and day. In Alingsås, plate waste is measured two weeks each term and was on average 42 "
          "grams per pupil and day in 2025."),
    ("h2", "Vegetarian meals"),
    ("p", "Finnish schools are required to offer a vegetarian alternative every day, and Kokkola has one day a "
          "week when the vegetarian dish is the main dish for everyone. Alingsås has offered a vegetarian "
          "alternative every day since 2019 and wants to learn how Kokkola has made the vegetarian dishes "
          "popular."),
    ("h2", "Pupil participation"),
    ("p", "Each school in Kokkola has a food council with pupils from different year groups, which meets the "
          "kitchen staff four times a year and takes part in testing new dishes. Alingsås has food councils in "
          "five of its 19 schools."),
    ("h1", "Reporting and follow-up"),
    ("p", "Each participant writes a short report within two weeks after the exchange week, using a template "
          "with three questions: what did you see, what surprised you, and what could we try in Alingsås? The "
          "participants from the April week present their experiences at the Meal Service's planning day on "
          "12 June 2026."),
    ("p", "The Head of the Meal Service writes a joint report to the Education Committee in December 2026, "
          "with proposals for changes in Alingsås."),
    ("h1", "Contacts"),
    ("p", "The exchange is coordinated by the Head of the Meal Service in Alingsås, Peter Lund, and by the "
          "Service Manager for school meals in Kokkola, Anna-Maija Forsman, who speaks Swedish. Participants "
          "contact their own coordinator with questions before the exchange week."),
]

# ---------------------------------------------------------------------------------------------
# P4. Europeiska trafikantveckan 2025 – utvärdering – svenska, .pdf
# ---------------------------------------------------------------------------------------------

TRAFIKANTVECKAN_2025 = [
    ("title", "Europeiska trafikantveckan 2025 i Alingsås – utvärdering"),
    ("p", "Samhällsbyggnadsförvaltningen, trafik- och mobilitetsenheten. Rapport till "
          "samhällsbyggnadsnämnden, december 2025."),
    ("h1", "Sammanfattning"),
    ("p", "Alingsås deltog i Europeiska trafikantveckan för fjärde året i rad den 16–22 september 2025. Veckan "
          "innehöll en bilfri dag på Kungsgatan, fria resor med stadsbussarna hela veckan, en utmaning för "
          "skolorna och aktiviteter som ordnades av föreningar. Omkring 2 400 personer besökte den bilfria dagen, "
          "och 1 140 elever deltog i skolutmaningen. Veckan kostade 186 000 kr."),
    ("h1", "Vad är Europeiska trafikantveckan?"),
    ("p", "Europeiska trafikantveckan (European Mobility Week) är en kampanj som EU-kommissionen har "
          "arrangerat sedan 2002. Den äger rum den 16–22 september varje år och ska uppmuntra städer och invånare "
          "att gå, cykla och åka kollektivt. Varje år har kampanjen ett gemensamt tema, och 2025 var temat "
          "”Mobility for everyone”. Kommuner som deltar registrerar sina aktiviteter på kampanjens "
          "webbplats."),
    ("h1", "Aktiviteter 2025"),
    ("h2", "Bilfri dag"),
    ("p", "Den bilfria dagen hölls måndagen den 22 september klockan 10–16. Kungsgatan mellan Stora Torget och "
          "Sveagatan var avstängd för biltrafik från klockan 07. På gatan fanns cykelverkstad, prova-på-cyklar, "
          "lådcyklar att låna och information om kollektivtrafiken."),
    ("h2", "Fria resor med stadsbussarna"),
    ("p", "Under hela veckan var det gratis att resa med stadsbussarna i Alingsås. Kommunen ersatte Västtrafik "
          "med 95 000 kr för de uteblivna biljettintäkterna. Antalet resor med stadsbussarna var 31 procent "
          "högre än en vanlig septembervecka."),
    ("h2", "Skolutmaningen Gå och cykla till skolan"),
    ("p", "Elever i årskurs 4–6 tävlade klassvis om att gå eller cykla till skolan under veckan. 1 140 elever i "
          "52 klasser på nio skolor deltog. Den vinnande klassen, 5B på Nolbyskolan, gick eller cyklade på 97 "
          "procent av alla resor."),
    ("h2", "Föreningarnas aktiviteter"),
    ("p", "Nio föreningar ordnade egna aktiviteter, bland annat cykelturer för seniorer, en stadsvandring och en "
          "cykelskola för vuxna. Föreningarna fick ett bidrag på 3 000 kr per aktivitet."),
    ("h1", "Kostnader"),
    ("table", [["Post", "Kostnad"],
               ["Ersättning till Västtrafik för fria resor", "95 000 kr"],
               ["Bilfri dag: avstängning, scen, tält och cykelverkstad", "61 000 kr"],
               ["Bidrag till föreningar", "27 000 kr"],
               ["Marknadsföring", "3 000 kr"],
               ["Summa", "186 000 kr"]]),
    ("p", "Marknadsföringen gjordes huvudsakligen i kommunens egna kanaler och genom skolorna, och därför blev "
          "kostnaden låg."),
    ("h1", "Synpunkter"),
    ("p", "Besökarna var överlag positiva. I en enkät på plats svarade 84 procent av de 212 som svarade att de "
          "ville att den bilfria dagen skulle återkomma. Däremot var flera handlare längs Kungsgatan "
          "missnöjda med att dagen låg på en måndag, när många kunder kommer med bil för att handla. "
          "Centrumföreningen lämnade en skrivelse till kommunen med förslaget att flytta dagen till en "
          "lördag."),
    ("p", "Västtrafik konstaterade att de fria resorna ökade resandet, men att effekten försvann veckan "
          "efter. Västtrafik rekommenderar därför att kommunen i stället använder pengarna till riktade "
          "erbjudanden, till exempel provåkarkort för nyinflyttade."),
    ("h1", "Rekommendationer inför 2026"),
    ("list", ["Flytta den bilfria dagen till lördagen under veckan, i samråd med Centrumföreningen.",
              "Ersätt de fria resorna hela veckan med fria resor under den bilfria dagen.",
              "Höj bidraget till föreningarna för att få fler att delta.",
              "Behåll skolutmaningen, men låt den pågå i två veckor.",
              "Undersök om veckan kan samordnas med Europeiska idrottsveckan, som börjar den 23 september."]),
]

# ---------------------------------------------------------------------------------------------
# P5. Joint stand at Hannover Messe 2027 – English, .pdf
# ---------------------------------------------------------------------------------------------

HANNOVER = [
    ("title", "Joint Alingsås stand at Hannover Messe 2027 – information for companies"),
    ("p", "Business Development Unit, Alingsås Municipality, in cooperation with Almi Företagspartner Väst. "
          "Published 1 September 2026. This information is in English because several of the companies that "
          "may take part have international owners and English-speaking staff."),
    ("h1", "The offer"),
    ("p", "Hannover Messe is the world's largest trade fair for industrial technology and takes place every "
          "spring in Hannover, Germany. In 2027 the fair is held from 19 to 23 April. For the first time, "
          "Alingsås Municipality offers local companies places on a joint stand in the Swedish pavilion, which "
          "is organised by Business Sweden."),
    ("p", "The joint stand is 48 square metres. It has room for six companies, each with its own counter of "
          "about six square metres and a screen, plus a shared meeting room and a small kitchen. The stand is "
          "designed and built by the pavilion's stand builder, so the companies only need to bring their own "
          "products and material."),
    ("h1", "Who can apply?"),
    ("list", ["Companies with their registered office or a production site in Alingsås Municipality",
              "Companies with fewer than 250 employees",
              "Companies in industrial technology, automation, energy technology or related services",
              "Companies that have products or services ready for export, or that already export to at least "
              "one country"]),
    ("p", "Companies that have received the municipality's support for a trade fair during the last two years "
          "can apply but are given lower priority."),
    ("h1", "Cost for each company"),
    ("p", "The full cost of a place on the joint stand, including the company's share of the stand, the "
          "registration fee, cleaning, electricity and the shared meeting room, is SEK 78,000 excluding VAT. "
          "The municipality pays 40 percent of the cost, so each company pays SEK 46,800 excluding VAT."),
    ("p", "Travel, hotel, meals and the company's own marketing material are not included and are paid by the "
          "company."),
    ("h2", "De minimis aid"),
    ("p", "The municipality's contribution of SEK 31,200 per company is state aid under EU rules and is "
          "granted as de minimis aid. A company may receive at most EUR 300,000 in de minimis aid over a "
          "period of three years. Each company must therefore declare all de minimis aid it has received "
          "during the last three years when it applies. The municipality issues a certificate stating the "
          "amount of aid."),
    ("h1", "How to apply"),
    ("olist", ["Fill in the application form on alingsas.se/hannover2027 by 16 October 2026.",
               "Describe the company's products, export experience and goals for the fair.",
               "Attach the declaration of de minimis aid received during the last three years.",
               "The municipality and Almi select the companies by 6 November 2026.",
               "The selected companies sign an agreement and are invoiced by the municipality."]),
    ("p", "A company that withdraws after signing the agreement pays 50 percent of its share until 15 "
          "December 2026 and the full share after that date."),
    ("h1", "Preparation"),
    ("p", "All companies on the stand take part in a preparation workshop on 9 February 2027 at Företagarnas "
          "hus in Alingsås. The workshop covers how to book meetings before the fair, how to present the "
          "company in a short pitch, and practical matters such as transport of exhibits."),
    ("h2", "Business meetings through the Enterprise Europe Network"),
    ("p", "During the fair, the Enterprise Europe Network organises a matchmaking event where companies can "
          "book short meetings with potential partners from all over Europe. Participation in the matchmaking "
          "is free of charge, but companies must register on the event's online platform about two weeks before "
          "the fair. Almi's Enterprise Europe Network adviser helps the companies on the stand to prepare their "
          "profiles."),
    ("h1", "Accommodation"),
    ("p", "Hotels in Hannover are expensive and fully booked during the fair. The municipality has reserved "
          "twelve rooms at a hotel in Hildesheim, about 30 minutes by train from the fair grounds, at a rate "
          "of EUR 165 per room and night including breakfast. The rooms are released on 15 January 2027, and "
          "each company books its rooms through the Business Development Unit before that date."),
    ("h1", "Follow-up"),
    ("p", "Three months after the fair, the companies are asked to answer a short survey about the number of "
          "contacts, offers and orders that the fair has led to. The results are reported to the Municipal "
          "Executive Board and are used to decide whether the municipality should offer joint stands at "
          "other fairs."),
    ("h1", "Contact"),
    ("p", "Questions about the joint stand are answered by Marcus Öhman, business development officer at the "
          "Business Development Unit."),
]

# ---------------------------------------------------------------------------------------------
# P6. Dementia-friendly communities: exchange with Stirling – English, .pdf
# ---------------------------------------------------------------------------------------------

STIRLING = [
    ("title", "Dementia-friendly communities: exchange between Alingsås and Stirling 2026–2027"),
    ("p", "Exchange plan. Department of Elderly Care and Disability Services, Alingsås Municipality, and "
          "Health and Social Care Partnership, Stirling Council, Scotland. Agreed on 3 March 2026."),
    ("h1", "Background"),
    ("p", "About 1,100 people in Alingsås live with dementia, and the number is expected to increase by a "
          "third by 2040. In 2025 the Committee for Elderly Care decided that Alingsås should become a "
          "dementia-friendly municipality by 2028: a place where people with dementia are understood, "
          "respected and supported, and can keep taking part in everyday life."),
    ("p", "Scotland has worked with dementia-friendly communities for more than ten years, and Stirling has "
          "developed well-known models such as dementia-friendly local shops and Meeting Centres, where people "
          "with dementia and their families meet for activities and support. Contact between Alingsås and "
          "Stirling was made through the Swedish Dementia Association in 2025."),
    ("h1", "Goals of the exchange"),
    ("list", ["To learn how Stirling involves shops, libraries, transport companies and associations in the "
              "work to become dementia-friendly",
              "To study the Meeting Centre model and assess whether it can be used in Alingsås",
              "To share Alingsås's experience of welfare technology and of dementia teams in home care",
              "To create lasting contacts between staff in the two organisations"]),
    ("h1", "Activities"),
    ("table", [["Activity", "Dates", "Participants"],
               ["Study visit by Alingsås to Stirling", "8–11 June 2026", "Five staff from Alingsås"],
               ["Joint online seminars", "September 2026–March 2027, four sessions", "Open to staff in both "
                                                                                     "organisations"],
               ["Visit by Stirling to Alingsås", "21–24 September 2026", "Four staff from Stirling"],
               ["Final joint seminar online", "May 2027", "Open to staff in both organisations"]]),
    ("p", "The visit by Stirling to Alingsås starts on World Alzheimer's Day, 21 September. The visitors will "
          "take part in the municipality's public event for World Alzheimer's Day at the library on the "
          "Monday evening."),
    ("h2", "The delegation from Alingsås"),
    ("p", "The five participants from Alingsås are the dementia nurse, a unit manager in home care, the "
          "head of the day-care activities for people with dementia, a librarian from the city library and "
          "the municipality's accessibility officer. The participants are chosen so that they can spread "
          "what they learn in their own organisations."),
    ("h1", "Funding"),
    ("p", "Since the United Kingdom left the EU, neither Erasmus+ nor the Interreg programmes can be used to "
          "fund exchanges of this kind between Sweden and Scotland. Each partner therefore pays its own costs. "
          "The Alingsås part is financed with SEK 140,000 from the development budget of the Committee for "
          "Elderly Care."),
    ("table", [["Item", "Amount (SEK)"],
               ["Flights and train for five people to Stirling", "38,000"],
               ["Hotel in Stirling, five rooms for three nights", "27,000"],
               ["Daily allowances", "14,000"],
               ["Programme, meals and transport for the Stirling visitors in Alingsås", "36,000"],
               ["Interpreting and translation of material", "15,000"],
               ["Substitute staff", "10,000"],
               ["Total", "140,000"]]),
    ("h1", "Practical information for the visit to Stirling"),
    ("list", ["The group flies from Göteborg Landvetter to Edinburgh and takes the train to Stirling, which "
              "takes about 50 minutes.",
              "Swedish citizens need an Electronic Travel Authorisation (ETA) to travel to the United Kingdom. "
              "The ETA is applied for online, costs GBP 16 and is paid by the department.",
              "Travel insurance is provided through the municipality's insurance for business travel.",
              "The programme is in English. An interpreter is not needed for the visit to Stirling."]),
    ("h1", "Measurable targets in Alingsås by the end of 2027"),
    ("list", ["500 residents and employees trained as dementia friends through the Swedish Dementia "
              "Association's online course",
              "20 shops, pharmacies and other businesses that have trained their staff and can call themselves "
              "dementia-friendly",
              "A decision on whether to open a Meeting Centre in Alingsås",
              "A dementia-friendly route through the town centre, with clear signs and resting places"]),
    ("h1", "Follow-up"),
    ("p", "The participants write a joint report after each visit. The dementia nurse coordinates the "
          "exchange in Alingsås and reports to the Committee for Elderly Care in June 2027. In Stirling, the "
          "exchange is coordinated by Fiona MacLeod, Dementia Lead at the Health and Social Care Partnership."),
]


# ---------------------------------------------------------------------------------------------
# D7. The Services Directive and permits for foreign businesses – English, .docx
# ---------------------------------------------------------------------------------------------

SERVICES = [
    ("title", "Permits for businesses from other EU countries – how Alingsås applies the Services Directive"),
    ("p", "Guidance for case officers. Department of Community Development, Environment and Health Unit, with "
          "the Municipal Executive Office. Version 1.0, 27 April 2026. Written in English so that it can also "
          "be sent to foreign applicants."),
    ("h1", "Background"),
    ("p", "The EU Services Directive (Directive 2006/123/EC) makes it easier for businesses to offer services "
          "in other EU countries. In Sweden, it has been implemented mainly through the Act on Services in the "
          "Internal Market. The directive applies to most services that businesses sell, for example "
          "restaurants, hairdressers, tattoo studios, construction and tourism, and therefore to many of the "
          "permits and registrations that the municipality handles."),
    ("p", "The most important principles for the municipality are that a business from another EU or EEA "
          "country may not be treated differently from a Swedish business, that procedures must be clear and "
          "quick, and that it must be possible to apply electronically, also from abroad."),
    ("h1", "Two situations: establishment and temporary services"),
    ("p", "A business that establishes itself in Alingsås, for example by opening a restaurant or a studio, "
          "needs the same permits and registrations as a Swedish business. A business that only provides a "
          "service temporarily, for example a Danish food truck at a festival or a German company that repairs "
          "a machine, is in principle covered by the rules of its home country and may not be required to "
          "apply for Swedish permits, unless this is justified by public policy, public security, public "
          "health or the protection of the environment."),
    ("p", "Food safety is such a case. A food business from another EU country that sells food temporarily in "
          "Alingsås must be registered in its home country and must notify the Environment and Health Unit "
          "at least two weeks before the event. The notification is free of charge."),
    ("h1", "Processing times and fees"),
    ("table", [["Permit or registration", "Processing time", "Fee"],
               ["Registration of a food business", "Decision within two weeks of a complete application",
                "SEK 1,460"],
               ["Notification of premises for tattooing, piercing or similar treatments",
                "The business may open six weeks after the notification", "SEK 2,920"],
               ["Permanent licence to serve alcohol", "Decision within four months; the municipality's "
                                                      "target is eight weeks", "SEK 11,500"],
               ["Building permit", "Decision within ten weeks of a complete application",
                "According to the building permit fee schedule"]]),
    ("p", "The fees are the same for Swedish and foreign applicants. They are paid by invoice, and foreign "
          "applicants can pay by bank transfer with IBAN."),
    ("h1", "The municipality's rules for case officers"),
    ("olist", ["Confirm receipt of an application from another EU country within five working days, and say "
               "whether it is complete and what the processing time is.",
               "Accept applications and attachments in English. Attachments in Danish and Norwegian are also "
               "accepted. Other languages require a translation into Swedish or English.",
               "Accept certificates and documents from the applicant's home country that serve the same "
               "purpose as Swedish ones. Do not ask for originals or certified copies unless there is a "
               "specific reason.",
               "Do not require that the applicant lives in Sweden, has a Swedish personal identity number or "
               "has a Swedish bank account.",
               "Write decisions in Swedish, with a summary in English when the applicant has written in "
               "English."]),
    ("h2", "Tacit approval"),
    ("p", "The directive allows tacit approval, which means that a permit is considered granted if the "
          "authority has not answered within the time limit. In Sweden, tacit approval only applies where a "
          "law says so. None of the municipality's permits listed above are granted by tacit approval, so "
          "case officers must always make an active decision."),
    ("h1", "The point of single contact"),
    ("p", "Sweden's point of single contact for businesses is the website verksamt.se, which is run jointly by "
          "several government agencies. Foreign businesses can find information about Swedish permits there "
          "in English and be guided to the right authority. The municipality's e-services for permits are "
          "linked from verksamt.se."),
    ("h1", "Questions and answers"),
    ("h2", "Can a hairdresser from Finland work in Alingsås without a Swedish certificate?"),
    ("p", "Yes. Hairdressing is not a regulated profession in Sweden, so no certificate is needed. If the "
          "hairdresser offers treatments that pierce the skin, the premises must be notified to the "
          "Environment and Health Unit."),
    ("h2", "Does a foreign business need a Swedish company registration number?"),
    ("p", "Not for the municipality's permits. A business that carries out work in Sweden must, however, be "
          "registered with the Swedish Tax Agency, which is a separate matter."),
]


# ---------------------------------------------------------------------------------------------
# Additions to the documents above
# ---------------------------------------------------------------------------------------------

def insert_before(blocks, heading, new):
    if heading is None:
        blocks.extend(new)
        return
    index = next(i for i, (kind, value) in enumerate(blocks) if kind in ("h1", "h2") and value == heading)
    blocks[index:index] = new


insert_before(NIS2, "Samverkan", [
    ("h1", "Incidenter under 2025"),
    ("p", "Under 2025 hade kommunen tre incidenter som hade varit rapporteringspliktiga enligt de nya reglerna: "
          "ett nätfiskeangrepp där två medarbetares konton kapades, ett avbrott på fyra timmar i hemtjänstens "
          "planeringssystem efter en uppdatering hos leverantören, och en överbelastningsattack mot kommunens "
          "webbplats i samband med en större attack mot svenska kommuner. Ingen av incidenterna ledde till att "
          "personuppgifter läckte ut."),
    ("h1", "Utbildningen för kommunstyrelsen"),
    ("p", "Utbildningen för kommunstyrelsens ledamöter och ersättare hålls den 22 april 2026 klockan "
          "13.00–15.00 i sessionssalen. Den leds av säkerhetschefen tillsammans med en extern expert och tar upp "
          "hotbilden mot kommuner, ledningens ansvar enligt lagen och hur kommunstyrelsen följer upp "
          "säkerhetsarbetet. Ledamöter som inte kan delta får en inspelning och ett kort kunskapstest."),
])

insert_before(NIS2, None, [
    ("h1", "Frågor och svar"),
    ("h2", "Omfattas skolornas datorer och elevernas konton?"),
    ("p", "Ja. Lagen gäller alla nätverks- och informationssystem som kommunen använder i sin verksamhet, "
          "också skolornas system. Elevernas konton omfattas av kraven på flerfaktorsautentisering från "
          "årskurs 7."),
    ("h2", "Vad är en betydande incident?"),
    ("p", "En incident är betydande om den har orsakat, eller kan orsaka, allvarliga störningar i "
          "verksamheten eller ekonomiska förluster, eller om den kan skada andra personer eller organisationer "
          "allvarligt. Säkerhetschefen gör bedömningen i varje enskilt fall."),
    ("h2", "Gäller kraven också kommunens leverantörer?"),
    ("p", "Lagen gäller kommunen, men kommunen ska ställa krav på säkerheten hos sina leverantörer. Därför "
          "förs krav på incidentrapportering in i alla nya och förlängda avtal."),
])

insert_before(STIRLING, "Goals of the exchange", [
    ("h2", "What is a Meeting Centre?"),
    ("p", "A Meeting Centre is a local, friendly place where people with mild to moderate dementia and their "
          "family carers meet regularly for social activities, physical exercise and peer support. The model "
          "was developed in the Netherlands and has spread to Scotland and other countries. The centres are "
          "usually run by local associations with support from the council, and people can join without a "
          "formal assessment of their needs, which is different from day care in Alingsås."),
])

insert_before(UTBYTESSTUDENTER, "Mottagandet på skolan", [
    ("h2", "Värdfamiljer"),
    ("p", "Det är utbytesorganisationen som väljer ut, intervjuar och godkänner värdfamiljerna. Skolan deltar "
          "inte i urvalet, men utbyteskoordinatorn träffar varje värdfamilj en gång under den första månaden. "
          "Personal på Alströmergymnasiet kan vara värdfamilj åt en utbytesstudent, men studenten ska då inte "
          "gå i en klass där värdföräldern undervisar."),
])

insert_before(TRAFIKANTVECKAN_2025, "Synpunkter", [
    ("h2", "Luften under den bilfria dagen"),
    ("p", "Halten av kvävedioxid vid mätstationen på Drottninggatan var i genomsnitt 9 µg/m³ under den bilfria "
          "dagen, jämfört med 21 µg/m³ en vanlig måndag i september. Bullret på Kungsgatan minskade med omkring "
          "sex decibel."),
    ("h2", "Europeiska priset för trafikantveckan"),
    ("p", "Kommunen sökte inte EU-kommissionens pris för trafikantveckan 2025, eftersom priset främst går till "
          "större städer. Från 2026 finns en särskild kategori för kommuner med färre än 50 000 invånare, och "
          "trafik- och mobilitetsenheten föreslår att kommunen söker priset för 2026 års vecka."),
])

insert_before(KOKKOLA, "Reporting and follow-up", [
    ("h1", "Practical information for the April week"),
    ("list", ["The group travels to Kokkola on Sunday 19 April and returns on Saturday 25 April.",
              "Kokkola provides work clothes. Participants bring their own safety shoes.",
              "No health certificate is needed, but participants fill in a health declaration on the first day "
              "and follow the hygiene rules of the kitchen where they work.",
              "The weather in Kokkola in April can still be winter-like, with temperatures between 0 and 8 °C.",
              "The working day in the Kokkola school kitchens starts at 06:30 and ends at 14:30."]),
])

insert_before(STIRLING, "Follow-up", [
    ("h1", "Programme for the visit to Stirling"),
    ("table", [["Day", "Programme"],
               ["Monday 8 June", "Travel to Stirling; welcome dinner with the hosts"],
               ["Tuesday 9 June", "Visit to a Meeting Centre; walk along the high street with shop owners "
                                  "who have trained their staff"],
               ["Wednesday 10 June", "Memory café at Stirling library; meeting with the local bus company "
                                     "about dementia training for drivers"],
               ["Thursday 11 June", "Workshop on the joint work plan; travel home in the evening"]]),
    ("h2", "The Stirling visit to Alingsås"),
    ("p", "During the visit in September, the Stirling delegation will meet the dementia team in home care, "
          "visit the day-care activities for people with dementia and see how welfare technology such as "
          "digital night-time supervision and GPS alarms is used. The delegation stays at a hotel in the town "
          "centre, paid by Alingsås as part of the programme costs."),
])

insert_before(BRUSSELS, "Common mistakes", [
    ("h1", "Roles"),
    ("p", "The caseworker is responsible for the case throughout, from the first idea to the end of the "
          "placement. The unit manager approves the request before it is sent. The municipal lawyer reviews "
          "the request and checks the rules of the receiving country. The Swedish central authority forwards "
          "the request and the answer, but does not assess the case."),
    ("h2", "Language support for the child"),
    ("p", "If the child does not speak the language of the receiving country, the request should describe how "
          "the child will get language support in school and how the child can keep contact with Swedish, "
          "for example through distance tuition."),
])

insert_before(KONSULAT, "Statistik", [
    ("h1", "Mallen för underrättelsen"),
    ("p", "Mallen för underrättelse till en utländsk beskickning innehåller följande uppgifter:"),
    ("list", ["kommunens namn, förvaltning och diarienummer",
              "personens namn, födelsedatum och medborgarskap",
              "vad som har hänt och när",
              "vilket beslut som har fattats och av vem, när det gäller god man, förvaltare eller särskilt "
              "förordnad vårdnadshavare",
              "kontaktuppgifter till ansvarig handläggare"]),
    ("h2", "Särskilt om ensamkommande barn"),
    ("p", "När överförmyndaren förordnar en god man för ett ensamkommande barn som söker asyl underrättas inte "
          "konsulatet, eftersom en underrättelse kan utsätta barnet eller familjen i hemlandet för fara. "
          "Beslutet att inte underrätta dokumenteras i akten."),
])

insert_before(UTBYTESSTUDENTER, "Kontakt", [
    ("h1", "Frågor och svar"),
    ("h2", "Kan en utbytesstudent följa med på skolresor?"),
    ("p", "Ja, om utbytesorganisationen och värdfamiljen godkänner det. Studenten betalar samma avgift som "
          "andra elever i klassen."),
    ("h2", "Kan en utbytesstudent ta studenten?"),
    ("p", "Nej. En utbytesstudent tar inte gymnasieexamen i Sverige, men den som går i en avgångsklass är "
          "välkommen att delta i studentfirandet tillsammans med klassen."),
    ("h2", "Kan utbytesstudenter gå på ett yrkesprogram?"),
    ("p", "I undantagsfall, om det finns plats och rektor godkänner det. Arbetsplatsförlagt lärande kräver att "
          "utbytesorganisationens försäkring gäller på arbetsplatsen."),
])

insert_before(ENERGIGEMENSKAP, "Fortsatt arbete", [
    ("h1", "Erfarenheter från Danmark"),
    ("p", "Studieresan till Danmark gjordes den 12–14 april 2026 med sex deltagare, två från kommunen och två "
          "från vardera byalaget i Ingared och Ödenäs. Gruppen besökte bland annat Samsø, där invånarna äger en "
          "stor del av öns vindkraft, och en energigemenskap på Jylland som delar el från solceller mellan ett "
          "sextiotal hushåll."),
    ("p", "De viktigaste lärdomarna var att en energigemenskap behöver några få eldsjälar som driver arbetet de "
          "första åren, att medlemmarna måste förstå att det handlar om lokal nytta snarare än billig el, och "
          "att kommunens stöd är viktigast i början, med lokaler, information och kontakter med nätägaren."),
])

insert_before(HANNOVER, "Preparation", [
    ("h1", "Earlier trade fair support"),
    ("p", "The municipality has previously supported individual companies' participation in trade fairs with up "
          "to SEK 20,000 per company and year. That support is replaced in 2027 by the joint stand, since "
          "companies have said that a shared stand gives more visitors and lower costs than going alone."),
])

insert_before(HANNOVER, "Follow-up", [
    ("h1", "Transport of exhibits"),
    ("p", "Exhibits can be sent with the joint transport arranged by the Swedish pavilion's forwarding agent. "
          "The goods are collected in Alingsås on 6 April 2027 and delivered directly to the stand, and are "
          "returned after the fair. The cost is SEK 4,500 per pallet and is paid by the company. Exhibits "
          "heavier than 500 kilograms must be registered with the forwarding agent by 1 March 2027."),
])

insert_before(SERVICES, "Questions and answers", [
    ("h1", "Statistics"),
    ("p", "In 2025, the Environment and Health Unit received 14 applications and notifications from businesses "
          "based in other EU countries, most of them notifications from food businesses that sold food "
          "temporarily at the Christmas market and at the summer festival on Stora Torget. The municipality received no "
          "complaints from foreign applicants."),
])


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(VISSELBLAS, folder / "visselblasarfunktion-rutin.docx")
    write_docx(KONSULAT, folder / "rutin-underrattelse-utlandska-konsulat.docx")
    write_docx(SPRAKOMBUD, folder / "sprakombud-vard-och-omsorg.docx")
    write_docx(UTBYTESSTUDENTER, folder / "ta-emot-utbytesstudenter-gymnasiet.docx")
    write_docx(EDIH, folder / "edih-ai-pilot-building-permits.docx")
    write_docx(ENERGIGEMENSKAP, folder / "energigemenskaper-forstudie.docx")
    write_docx(SERVICES, folder / "services-directive-permits-foreign-businesses.docx")
    write_pdf(NIS2, folder / "cybersakerhetslagen-nis2-tjansteskrivelse.pdf",
              "Alingsås kommun – Tjänsteskrivelse KS 2026/0118", "Sida")
    write_pdf(BRUSSELS, folder / "cross-border-placement-of-children-eu.pdf",
              "Alingsås Municipality – Social Services Department", "Page")
    write_pdf(KOKKOLA, folder / "school-kitchen-staff-exchange-kokkola.pdf",
              "Alingsås Municipality – Meal Service", "Page")
    write_pdf(TRAFIKANTVECKAN_2025, folder / "europeiska-trafikantveckan-2025-utvardering.pdf",
              "Alingsås kommun – Samhällsbyggnadsförvaltningen", "Sida")
    write_pdf(HANNOVER, folder / "hannover-messe-2027-joint-stand.pdf",
              "Alingsås Municipality – Business Development Unit", "Page")
    write_pdf(STIRLING, folder / "dementia-friendly-exchange-stirling.pdf",
              "Alingsås Municipality and Stirling Council – Dementia-friendly communities", "Page")
    print(f"wrote 13 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
