"""Writes the Word and PDF documents of evaluation part tune-d into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's work with EU and Nordic funding
programmes, networks and partnerships for an evaluation corpus. People, phone numbers, internal
rules, projects, the town of Wolfsbrück and most amounts are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-d/make_docs.py

Block kinds: ("title", text), ("h1", text), ("h2", text), ("p", text), ("list", [items]),
("olist", [items]), ("table", [[header cells], [cells], ...]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# 1. Interreg Öresund-Kattegat-Skagerrak – vägledning, Swedish, .pdf
# ---------------------------------------------------------------------------------------------

INTERREG = [
    ("title", "Interreg Öresund-Kattegat-Skagerrak – vägledning för förvaltningar som vill söka"),
    ("p", "Vägledning från kommunledningskontoret, Alingsås kommun. Fastställd av kommundirektören "
          "2025-11-04. Gäller programperioden 2021–2027 och ersätter den tidigare informationen på "
          "intranätet om gränsregionala projekt."),
    ("h1", "Om programmet"),
    ("p", "Interreg Öresund-Kattegat-Skagerrak (ÖKS) är ett EU-program för gränsöverskridande samarbete "
          "mellan Sverige, Danmark och Norge. Programmet finansierar projekt där aktörer på båda sidor av "
          "Öresund, Kattegatt och Skagerrak tillsammans löser gemensamma problem. Västra Götalands län, "
          "och därmed Alingsås, ingår i programområdet."),
    ("p", "Under programperioden 2021–2027 har programmet omkring 136 miljoner euro i EU-medel. Norska "
          "partner finansieras inte av EU utan av norska statliga Interreg-medel, som söks i samma "
          "ansökan men beviljas av den norska sidan."),
    ("p", "Programmets förvaltande myndighet är Region Skåne. Ett gemensamt sekretariat handlägger "
          "ansökningarna, och det finns en regional kontaktpunkt i Göteborg som svarar på frågor från "
          "sökande i Västra Götaland och Halland. Kontaktpunkten ger råd om projektidéer och det kostar "
          "inget att boka ett rådgivningsmöte."),
    ("h1", "Vad kan få stöd?"),
    ("p", "Programmet har fyra insatsområden. Ett projekt ska passa in i ett av dem:"),
    ("list", ["Innovativa ÖKS – forskning, innovation och företagens konkurrenskraft",
              "Gröna ÖKS – klimatanpassning, cirkulär ekonomi och biologisk mångfald i havet och på land",
              "Tillgängliga ÖKS – hållbara transporter och pendling över gränsen",
              "Inkluderande ÖKS – en gemensam arbetsmarknad, kompetensförsörjning och utbildning"]),
    ("p", "För en kommun som Alingsås är Gröna ÖKS och Inkluderande ÖKS de mest relevanta "
          "insatsområdena. Vatten, dagvatten och sjöarnas kvalitet har tidigare varit framgångsrika "
          "teman, liksom yrkesutbildning i bristyrken."),
    ("h1", "Krav på partnerskapet"),
    ("p", "Ett projekt måste ha partner från minst två av de tre länderna. En av partnerna är "
          "projektägare (lead partner) och tecknar avtalet med programmet. Lead partner ansvarar för hela "
          "projektets ekonomi och rapportering, även för de andra partnernas kostnader."),
    ("p", "Alingsås kommun ska i första hand delta som projektpartner och inte som lead partner. Vill en "
          "förvaltning att kommunen ska vara lead partner krävs ett beslut av kommunstyrelsen, eftersom "
          "kommunen då tar ett ekonomiskt ansvar även för partner i Danmark och Norge."),
    ("p", "Andra partner kan vara kommuner, regioner, universitet, myndigheter, organisationer och "
          "företag. Privata företag kan delta men får i regel inte ta emot stöd för verksamhet som ger "
          "dem en egen vinst."),
    ("h1", "Finansiering och kostnader"),
    ("p", "EU-stödet täcker högst 60 procent av de stödberättigande kostnaderna för svenska och danska "
          "partner. Resten ska partnern själv finansiera, med egna pengar eller med offentlig "
          "medfinansiering från till exempel regionen. För Alingsås kommun innebär det att förvaltningen "
          "måste kunna bära minst 40 procent av sin egen budget."),
    ("p", "Kostnaderna delas in i budgetposter. Personalkostnader redovisas som faktisk lön med sociala "
          "avgifter för den tid som läggs i projektet. Kontors- och administrationskostnader ersätts med en "
          "schablon på 15 procent av personalkostnaderna och ska inte redovisas med kvitton. Resor och "
          "logi, externa tjänster och utrustning redovisas som faktiska kostnader."),
    ("p", "Mervärdesskatt är inte stödberättigande för kommunen, eftersom kommunen får tillbaka momsen "
          "via kommunkontosystemet. Budgetera därför alla kostnader utan moms."),
    ("h2", "Småprojekt"),
    ("p", "För mindre samarbeten finns en enklare form, småprojekt. Ett småprojekt får ha en total budget "
          "på högst 100 000 euro och pågå i högst 18 månader. Ansökan är kortare och kan lämnas in "
          "löpande. Småprojekt passar för förstudier och för att bygga upp ett partnerskap inför ett "
          "större projekt."),
    ("h2", "Utbetalning i efterskott"),
    ("p", "EU-stödet betalas ut i efterskott. Partnern lämnar en partnerrapport var sjätte månad, och "
          "pengarna kommer först när rapporten har granskats och lead partner har sammanställt en "
          "projektrapport. I praktiken kan det dröja åtta till tio månader från att en kostnad uppstår "
          "tills stödet för den betalas ut. Förvaltningen måste därför kunna ligga ute med pengarna."),
    ("p", "Kostnader för svenska partner granskas av Tillväxtverket, som gör den nationella kontrollen "
          "av första nivån. Kontrollen kostar inget för partnern."),
    ("pagebreak", None),
    ("h1", "Så går det till i Alingsås kommun"),
    ("p", "Den som har en projektidé ska följa stegen nedan. Stegen gäller alla förvaltningar och de "
          "kommunala bolagen."),
    ("olist", ["Kontakta den internationella samordnaren senast åtta veckor före den ansökningsomgång du "
               "siktar på. Samordnaren hjälper till att pröva idén mot programmets insatsområden.",
               "Skriv en kort projektskiss på högst två sidor med mål, partner, tidsplan och en grov budget.",
               "Förvaltningschefen godkänner att förvaltningen går vidare med skissen.",
               "Boka ett rådgivningsmöte med programmets kontaktpunkt i Göteborg.",
               "Ekonomienheten granskar budgeten och kommunens andel av finansieringen.",
               "Beslut om deltagande fattas enligt beslutsordningen nedan.",
               "Ansökan lämnas in i programmets e-tjänst Jems av lead partner. Alingsås bidrar med sin del "
               "av texten och budgeten till lead partner."]),
    ("h2", "Beslutsordning"),
    ("p", "Vem som beslutar om att kommunen deltar beror på hur stor kommunens egen finansiering är:"),
    ("table", [["Kommunens egen finansiering", "Beslut fattas av", "Underlag"],
               ["Upp till 500 000 kr", "Förvaltningschefen", "Projektskiss och budget"],
               ["Över 500 000 kr", "Kommunstyrelsens arbetsutskott", "Tjänsteskrivelse"],
               ["Kommunen som lead partner", "Kommunstyrelsen", "Tjänsteskrivelse och riskbedömning"]]),
    ("p", "För intyg om offentlig medfinansiering gäller kommunens särskilda rutin för "
          "medfinansieringsintyg. Intyget lämnas tillsammans med ansökan."),
    ("h1", "Ansökningsomgångar 2026"),
    ("p", "Programmet öppnar normalt två ansökningsomgångar per år för vanliga projekt. För 2026 gäller:"),
    ("table", [["Omgång", "Öppnar", "Stänger", "Beslut i styrkommittén"],
               ["Vår 2026", "2026-02-02", "2026-04-29", "September 2026"],
               ["Höst 2026", "2026-08-31", "2026-11-18", "Mars 2027"]]),
    ("p", "Observera att den sista ansökningsomgången för programperioden troligen blir hösten 2026. "
          "Därefter återstår bara småprojekt så länge det finns medel kvar."),
    ("h1", "Projektets genomförande"),
    ("p", "Ett vanligt projekt pågår i högst 36 månader. Projektet kan förlängas en gång med högst sex "
          "månader om styrkommittén godkänner det. Alla partner undertecknar ett partnerskapsavtal med lead "
          "partner innan projektet startar."),
    ("p", "Projektet ska ha en styrgrupp där alla partner är representerade. Alingsås kommuns "
          "representant i styrgruppen utses av förvaltningschefen. Projektet ska också synas: EU-emblemet "
          "och programmets logotyp ska finnas på allt material och på projektets webbsida."),
    ("h2", "Rapportering"),
    ("list", ["Partnerrapport med kostnader och aktiviteter: var sjätte månad, senast en månad efter "
              "periodens slut",
              "Projektrapport: sammanställs av lead partner efter att alla partnerrapporter är granskade",
              "Slutrapport: senast tre månader efter projektets slutdatum",
              "Intern rapport till kommunstyrelsen: en gång per år i samband med årsredovisningen"]),
    ("h1", "Erfarenheter från tidigare projekt"),
    ("p", "Alingsås kommun var projektpartner i projektet Sjöar utan gränser 2023–2025 tillsammans med "
          "Frederikshavn Kommune i Danmark och Fredrikstad kommune i Norge. Projektet utvecklade metoder för "
          "att minska övergödningen i små sjöar. Alingsås del av budgeten var 2,4 miljoner kronor, varav "
          "1,44 miljoner kronor var EU-stöd. Lead partner var Fredrikstad."),
    ("p", "Den viktigaste lärdomen var att tidrapporteringen måste vara på plats från första dagen. "
          "Underlag som saknades under projektets första halvår kunde inte återskapas i efterhand, och "
          "kostnader för omkring 90 000 kronor blev därför inte stödberättigande."),
    ("h1", "Att bygga ett partnerskap"),
    ("p", "Ett bra partnerskap är den viktigaste förutsättningen för ett beviljat projekt. Programmet vill "
          "se att alla partner har en tydlig roll och att samarbetet över gränsen är nödvändigt för att nå "
          "resultaten. Ett projekt där de danska eller norska partnerna bara deltar på papperet får låga "
          "poäng i bedömningen."),
    ("p", "Alingsås kommun har goda kontakter med flera kommuner i Danmark och Norge genom tidigare "
          "projekt och genom Göteborgsregionens nätverk. Den internationella samordnaren kan förmedla "
          "kontakter, men förvaltningen ansvarar själv för att bygga upp förtroendet med partnerna. Räkna "
          "med minst ett fysiskt möte med partnerna innan ansökan skrivs."),
    ("p", "Kostnader för resor och möten under förberedelsefasen är inte stödberättigande i projektet. De "
          "betalas av förvaltningens egen budget. En förstudie som småprojekt kan vara ett sätt att få "
          "dessa kostnader finansierade."),
    ("h2", "Partnerskapsavtalet"),
    ("p", "Partnerskapsavtalet reglerar hur partnerna samarbetar. Programmet har en mall som ska "
          "användas. Avtalet ska bland annat innehålla:"),
    ("list", ["varje partners uppgifter och budget",
              "hur EU-stödet fördelas från lead partner till de andra partnerna",
              "vad som händer om en partner lämnar projektet",
              "hur tvister mellan partnerna ska lösas",
              "vem som äger resultaten och hur de får användas efter projektet"]),
    ("p", "Partnerskapsavtalet undertecknas för Alingsås kommuns räkning av den som har fattat beslutet "
          "om deltagande enligt beslutsordningen, eller av den som har delegation från kommunstyrelsen."),
    ("h1", "Personalkostnader i detalj"),
    ("p", "Personalkostnader är oftast den största budgetposten för en kommun. Kostnaderna kan redovisas "
          "på tre sätt:"),
    ("list", ["Heltid i projektet: hela lönekostnaden redovisas, och det räcker med ett anställningsbeslut "
              "eller en uppdragsbeskrivning som visar att personen arbetar enbart i projektet.",
              "Fast andel av tiden: en bestämd procentsats av lönen redovisas, till exempel 40 procent, och "
              "procentsatsen ska framgå av uppdragsbeskrivningen.",
              "Timmar: faktiskt arbetade timmar redovisas med ett timpris, som räknas fram genom att "
              "årslönen delas med 1 720 timmar."]),
    ("p", "För de två senare sätten ska den anställda föra tidrapport. Övertid och ersättning för "
          "obekväm arbetstid är stödberättigande bara om de har en direkt koppling till projektet."),
    ("h1", "Kommunikation"),
    ("p", "Projektet ska informera om sitt arbete och sina resultat under hela projekttiden. Den "
          "kommunikationsansvariga på förvaltningen hjälper till med kommunens kanaler. Inom sex månader "
          "från projektstart ska det finnas en projektsida på programmets webbplats, och en affisch i "
          "minst A3-format ska sättas upp där projektet genomförs."),
    ("p", "Glöm inte att också sprida resultaten i Alingsås. Kommunstyrelsen vill se att projekten "
          "leder till förändringar i den ordinarie verksamheten efter projekttiden."),
    ("h1", "Vanliga frågor"),
    ("h2", "Kan vi söka för verksamhet vi redan bedriver?"),
    ("p", "Nej. Interreg finansierar utveckling och samarbete, inte ordinarie drift. Projektet ska skapa "
          "något nytt som inte hade blivit av utan samarbetet över gränsen."),
    ("h2", "Får kostnader före beslutet räknas med?"),
    ("p", "Kostnader får räknas från projektets startdatum i ansökan, även om beslutet kommer senare. Den "
          "som börjar före beslutet gör det dock på egen risk. Kostnader för att skriva själva ansökan är "
          "inte stödberättigande."),
    ("h2", "Kan ett kommunalt bolag delta?"),
    ("p", "Ja. De kommunala bolagen kan vara partner i egen rätt. Bolaget beslutar själv om sitt "
          "deltagande enligt sin egen beslutsordning, men ska informera den internationella samordnaren."),
    ("h2", "Vad händer om projektet inte når sina mål?"),
    ("p", "Stödet är inte kopplat till att målen nås, men projektet måste kunna visa att aktiviteterna "
          "har genomförts som planerat. Större avvikelser ska rapporteras till sekretariatet i god tid, och "
          "en ändring av projektet kan behöva godkännas."),
    ("h2", "Vem kan svara på frågor internt?"),
    ("p", "Den internationella samordnaren på kommunledningskontoret hjälper till med programfrågor och "
          "partnersökning. Frågor om budget och kommunens finansiering ställs till ekonomienheten."),
    ("h1", "Ordlista"),
    ("list", ["Lead partner: den partner som tecknar avtal med programmet och ansvarar för hela projektet.",
              "Projektpartner: en partner som deltar i projektet med egen budget och egna aktiviteter.",
              "Stödberättigande kostnader: kostnader som får räknas med i projektets budget enligt "
              "programmets regler.",
              "Jems: programmets e-tjänst för ansökningar och rapporter.",
              "Styrkommittén: programmets beslutande organ med representanter för de tre länderna.",
              "Första nivåns kontroll: granskningen av varje partners kostnader innan de rapporteras till "
              "programmet."]),
]

# ---------------------------------------------------------------------------------------------
# 2. ESF+ projekthandbok – Swedish, .docx
# ---------------------------------------------------------------------------------------------

ESF = [
    ("title", "Projekthandbok för ESF+-projektet Steget vidare"),
    ("p", "Handbok för projektmedarbetare och chefer i Alingsås kommun. Version 3, 2026-01-20. "
          "Projektägare är kompetens- och arbetslivsnämnden. Handboken beskriver hur projektet hanterar "
          "deltagare, kostnader och rapportering så att kommunen får ut det beviljade stödet."),
    ("h1", "Projektet i korthet"),
    ("p", "Steget vidare är ett projekt inom Europeiska socialfonden+ (ESF+) för unga vuxna som står "
          "långt från arbetsmarknaden. Projektet pågår från 2025-09-01 till 2028-08-31 och drivs av "
          "arbetsmarknadsenheten i samarbete med vuxenutbildningen och socialtjänsten."),
    ("p", "ESF+ är EU:s främsta verktyg för investeringar i människor: sysselsättning, utbildning och "
          "social delaktighet. I Sverige förvaltas programmet av Svenska ESF-rådet, som beslutar om stöd "
          "och betalar ut pengarna."),
    ("p", "Projektets totala stödberättigande budget är 14,6 miljoner kronor. ESF-rådet har beviljat "
          "8 030 000 kronor i ESF+-stöd, vilket motsvarar 55 procent av budgeten. Resten finansieras med "
          "kommunens egna medel, främst som lönekostnader för personal som arbetar i projektet."),
    ("h1", "Deltagare"),
    ("h2", "Vem kan delta?"),
    ("p", "Projektet vänder sig till personer som är 16–29 år och som är folkbokförda i Alingsås. "
          "Deltagaren ska antingen vara inskriven som arbetssökande hos Arbetsförmedlingen eller ha "
          "ekonomiskt bistånd från socialtjänsten. Personer som studerar på heltid kan inte delta."),
    ("p", "Målet är att 180 deltagare ska ha påbörjat projektet innan det avslutas. Minst hälften av "
          "deltagarna ska efter avslutat deltagande gå vidare till arbete, studier eller en "
          "arbetsmarknadsinsats hos Arbetsförmedlingen."),
    ("h2", "Så skrivs en deltagare in"),
    ("olist", ["Coachen har ett första samtal med den unga och kontrollerar att personen tillhör målgruppen.",
               "Deltagaren fyller i blanketten Deltagarregistrering med hjälp av coachen.",
               "Coachen registrerar deltagaren i projektets deltagarförteckning samma dag som deltagandet "
               "börjar.",
               "Uppgifterna skickas till SCB via ESF-rådets system senast 30 dagar efter startdatumet.",
               "Deltagaren får en skriftlig planering med mål och aktiviteter inom två veckor."]),
    ("p", "Uppgifterna om deltagarna behövs för att EU ska kunna följa upp vilka som nås av fonden. "
          "Deltagaren har rätt att avstå från att lämna vissa känsliga uppgifter utan att förlora sin plats "
          "i projektet."),
    ("h2", "Ersättning till deltagarna"),
    ("p", "Projektet betalar inte ut någon ersättning till deltagarna. Deltagare som är inskrivna hos "
          "Arbetsförmedlingen kan ha aktivitetsstöd därifrån. Projektet står för busskort under de veckor "
          "deltagaren är på praktik utanför centrala Alingsås."),
    ("h1", "Kostnader"),
    ("p", "Projektet redovisar sina kostnader med en förenklad metod. Bara lönekostnaderna för "
          "projektpersonalen redovisas. Till dem läggs en schablon på 40 procent som täcker alla andra "
          "kostnader: lokaler, resor, material, deltagarnas busskort och administration. Övriga kostnader "
          "ska alltså inte redovisas var för sig, men de ska ändå rymmas inom schablonen."),
    ("h2", "Personalkostnader"),
    ("p", "Lönekostnaden per timme räknas fram genom att årslönen inklusive sociala avgifter delas med "
          "1 720 timmar. Den som arbetar mindre än heltid i projektet redovisar sin projekttid i en "
          "tidrapport varje månad. Tidrapporten attesteras av närmaste chef senast den tionde vardagen i "
          "efterföljande månad."),
    ("p", "Den som arbetar hela sin tjänst i projektet behöver inte tidrapportera. Det räcker med en "
          "undertecknad uppdragsbeskrivning som visar att tjänsten till 100 procent avser projektet."),
    ("h2", "Budget"),
    ("p", "Den beviljade budgeten fördelar sig så här under hela projekttiden:"),
    ("table", [["Post", "Belopp", "Kommentar"],
               ["Lönekostnader projektpersonal", "10 428 571 kr", "Projektledare, fem coacher, en "
                "ekonomiadministratör på halvtid"],
               ["Schablon 40 procent", "4 171 429 kr", "Täcker alla övriga kostnader"],
               ["Summa stödberättigande kostnader", "14 600 000 kr", ""],
               ["ESF+-stöd", "8 030 000 kr", "55 procent"],
               ["Kommunens medfinansiering", "6 570 000 kr", "45 procent"]]),
    ("h2", "Kostnader som inte godkänns"),
    ("list", ["Förtäring vid interna möten för projektpersonalen",
              "Gåvor och presenter, även till deltagare",
              "Alkohol i något sammanhang",
              "Kostnader som redan har finansierats av ett annat EU-projekt eller statsbidrag",
              "Lön till personal som inte finns med i ansökans bemanningsplan utan att ändringen har godkänts "
              "av ESF-rådet"]),
    ("h1", "Rapportering och utbetalning"),
    ("p", "Projektet ansöker om utbetalning en gång per kvartal. Ansökan lämnas i ESF-rådets e-tjänst "
          "Projektrummet senast 30 dagar efter kvartalets slut. Ekonomiadministratören sammanställer "
          "underlagen och projektledaren skickar in ansökan."),
    ("p", "Utöver utbetalningsansökningarna lämnas en lägesrapport en gång per år. Lägesrapporten för "
          "föregående kalenderår ska vara inne senast den 15 februari. Slutrapporten lämnas senast två "
          "månader efter att projektet har avslutats."),
    ("h2", "Förskott"),
    ("p", "ESF-rådet har betalat ut ett förskott på 15 procent av stödet, 1 204 500 kronor, vid "
          "projektstart. Förskottet dras av från de sista utbetalningarna. Eftersom stödet annars betalas "
          "ut i efterskott står kommunen för likviditeten mellan utbetalningarna."),
    ("h1", "Styrning och ansvar"),
    ("p", "Projektägare är kompetens- och arbetslivsnämnden. Projektet leds av projektledaren, som "
          "rapporterar till chefen för arbetsmarknadsenheten. En styrgrupp med representanter för "
          "arbetsmarknadsenheten, vuxenutbildningen, socialtjänsten och Arbetsförmedlingen sammanträder "
          "fyra gånger per år. Styrgruppen beslutar om ändringar i aktiviteterna inom budgeten."),
    ("p", "Ändringar av budget, tidsplan eller mål kräver ett beslut av ESF-rådet. Projektledaren ansöker "
          "om ändringen i Projektrummet innan ändringen genomförs. ESF-rådet godkänner inte ändringar i "
          "efterhand."),
    ("h1", "Synlighet och arkivering"),
    ("p", "Allt material som projektet tar fram ska ha EU-emblemet med texten Medfinansieras av "
          "Europeiska unionen. En affisch i A3-format med information om projektet ska sitta vid entrén "
          "till projektets lokaler på Noltorpsgatan."),
    ("p", "Alla underlag ska sparas i minst fem år räknat från den 31 december det år då ESF-rådet gjorde "
          "slutbetalningen. Underlagen får inte gallras innan dess, även om kommunens vanliga "
          "dokumenthanteringsplan säger något annat."),
    ("h1", "Kontroller"),
    ("p", "ESF-rådet gör minst ett kontrollbesök på plats under projekttiden. Besöket föranmäls normalt "
          "två veckor i förväg. Vid besöket ska projektet kunna visa tidrapporter, anställningsavtal, "
          "deltagarförteckning och närvarolistor. Europeiska kommissionen och Ekonomistyrningsverket kan "
          "också göra revisioner, även efter att projektet har avslutats."),
    ("h1", "Aktiviteter för deltagarna"),
    ("p", "Varje deltagare har en coach som följer hen under hela tiden i projektet. Deltagandet varar "
          "normalt i sex till tolv månader. Projektets aktiviteter är:"),
    ("list", ["individuella samtal med coachen minst en gång i veckan",
              "gruppverksamhet om arbetsmarknaden, privatekonomi och hälsa",
              "studiebesök hos arbetsgivare i Alingsås och Göteborgsregionen",
              "arbetsträning och praktik hos kommunens förvaltningar och privata arbetsgivare",
              "studie- och yrkesvägledning tillsammans med vuxenutbildningen",
              "stöd att ta körkort genom ett samarbete med en trafikskola, för deltagare som har en "
              "anställning i sikte som kräver körkort"]),
    ("h2", "Närvaro"),
    ("p", "Deltagarnas närvaro registreras varje dag i närvarolistor, som sparas som underlag för "
          "ESF-rådet. En deltagare som har varit borta i mer än fyra veckor utan att höra av sig skrivs ut "
          "ur projektet efter ett samtal med handläggaren på socialtjänsten eller Arbetsförmedlingen."),
    ("h2", "Praktikplatser"),
    ("p", "Praktik hos privata arbetsgivare kräver ett skriftligt praktikavtal som undertecknas av "
          "deltagaren, arbetsgivaren och coachen. Arbetsgivaren får ingen ersättning från projektet för att "
          "ta emot en praktikant. Praktiken får pågå i högst tolv veckor hos samma arbetsgivare."),
    ("h1", "Horisontella principer"),
    ("p", "Alla ESF+-projekt ska arbeta med jämställdhet, tillgänglighet för personer med "
          "funktionsnedsättning och icke-diskriminering. I Steget vidare innebär det bland annat att "
          "statistiken över deltagare och resultat delas upp på kön, att lokalerna är tillgängliga och att "
          "information finns på lätt svenska. Projektet har tagit fram en handlingsplan för jämställdhet, som "
          "följs upp av styrgruppen en gång per halvår."),
    ("h1", "Tidplan för rapportering 2026"),
    ("table", [["Rapport", "Period", "Ska vara inne senast"],
               ["Lägesrapport 2025", "2025-09-01 – 2025-12-31", "2026-02-15"],
               ["Ansökan om utbetalning 2", "Kvartal 1 2026", "2026-04-30"],
               ["Ansökan om utbetalning 3", "Kvartal 2 2026", "2026-07-30"],
               ["Ansökan om utbetalning 4", "Kvartal 3 2026", "2026-10-30"],
               ["Ansökan om utbetalning 5", "Kvartal 4 2026", "2027-01-30"]]),
    ("p", "Ekonomiadministratören behöver alla tidrapporter och fakturor för kvartalet senast 15 dagar "
          "efter kvartalets slut för att hinna sammanställa ansökan."),
    ("h1", "Om något går fel"),
    ("p", "Om projektet upptäcker att en kostnad har redovisats felaktigt, till exempel en tidrapport med "
          "fel antal timmar, ska det rättas i nästa ansökan om utbetalning. Projektledaren informerar "
          "ESF-rådet och chefen för arbetsmarknadsenheten. Kostnader som ESF-rådet inte godkänner belastar "
          "arbetsmarknadsenhetens budget."),
    ("h1", "Ordlista"),
    ("list", ["Projektägare: den organisation som ansvarar för projektet och tar emot stödet.",
              "Stödberättigande kostnader: kostnader som får räknas med i projektets budget enligt "
              "ESF-rådets regler.",
              "Schablon: ett fast påslag i procent som ersätter redovisning av enskilda kostnader.",
              "Projektrummet: ESF-rådets e-tjänst för ansökningar, ändringar och rapporter.",
              "Deltagare: en person som tar del av projektets insatser och som har registrerats med "
              "deltagaruppgifter."]),
    ("h1", "Frågor"),
    ("p", "Frågor om handboken besvaras av projektledaren. Frågor om ESF+ i allmänhet och om andra "
          "möjliga ESF+-projekt i kommunen kan ställas till den internationella samordnaren."),
]

# ---------------------------------------------------------------------------------------------
# 3. Nordplus – guidance, English, .docx
# ---------------------------------------------------------------------------------------------

NORDPLUS = [
    ("title", "Nordplus funding for schools and adult education"),
    ("p", "Guidance for principals, teachers and adult education staff in Alingsås Municipality. Issued by "
          "the Education Administration (utbildningsförvaltningen) in cooperation with the international "
          "coordinator, 12 January 2026."),
    ("h1", "What is Nordplus?"),
    ("p", "Nordplus is the Nordic Council of Ministers' programme for lifelong learning. It funds "
          "cooperation, mobility and networks between schools and other educational organisations in the "
          "Nordic and Baltic countries. The programme is financed jointly by the Nordic governments "
          "through the Nordic Council of Ministers and has a budget of around EUR 10 million a year."),
    ("p", "Eight countries take part: Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and "
          "Sweden. The Faroe Islands, Greenland and Åland also participate. Partners outside these "
          "countries may join a project, but they cannot receive Nordplus funding."),
    ("h2", "Sub-programmes"),
    ("p", "Nordplus consists of several sub-programmes. Two of them are relevant for the municipality's "
          "own schools and adult education:"),
    ("list", ["Nordplus Junior – for pre-schools, compulsory schools and upper secondary schools, "
              "including vocational programmes",
              "Nordplus Adult – for adult learning, such as municipal adult education (Komvux), Swedish "
              "for immigrants (SFI) and study associations",
              "Nordplus Higher Education and Nordplus Nordic Languages also exist, but the municipality "
              "does not normally apply to them"]),
    ("p", "In Sweden, Nordplus Junior and Nordplus Adult are administered by the Swedish Council for "
          "Higher Education (Universitets- och högskolerådet, UHR), which gives advice to Swedish "
          "applicants. The programme as a whole is administered by the Finnish National Agency for "
          "Education."),
    ("h1", "What can be funded?"),
    ("p", "Nordplus supports three main kinds of activity:"),
    ("list", ["Mobility of pupils, students, teachers and other staff, for example a class exchange or "
              "job shadowing",
              "Projects in which partner institutions develop something together, such as teaching "
              "material or a joint course",
              "Networks in which institutions exchange experience and prepare future projects"]),
    ("p", "A preparatory visit can be funded when partners need to meet before applying for a larger "
          "project. A preparatory visit may include no more than two persons per institution and last no "
          "more than three days."),
    ("h2", "Partnership requirements"),
    ("p", "In Nordplus Junior a project needs at least two institutions from two different participating "
          "countries. Nordplus Adult is stricter: an Adult project needs at least three partners from "
          "three different participating countries. One institution acts as coordinator and applies on "
          "behalf of the partnership."),
    ("h1", "Grants and rates"),
    ("p", "Nordplus grants are contributions and are not meant to cover all costs. Mobility grants are "
          "calculated with fixed rates for travel and subsistence. The rates for 2026 applications are:"),
    ("table", [["Cost", "Rate", "Comment"],
               ["Travel, under 500 km", "EUR 200 per person", "One return journey"],
               ["Travel, 500 km or more", "EUR 350 per person", "One return journey"],
               ["Subsistence, pupils", "EUR 70 per day", "Up to 14 days"],
               ["Subsistence, teachers and staff", "EUR 90 per day", "Up to 14 days"],
               ["Project costs", "Up to 75 per cent of the budget", "Nordplus Junior projects"],
               ["Project costs", "Up to 50 per cent of the budget", "Nordplus Adult projects"]]),
    ("p", "The school or adult education unit covers the rest of the costs from its own budget. "
          "Substitute teachers are not an eligible cost, so the unit must plan for them in advance."),
    ("p", "Applying is free of charge. There is no fee for taking part in the programme or for using the "
          "application system."),
    ("h1", "Deadlines"),
    ("p", "Nordplus has one main application round a year. The application deadline is 1 February, and "
          "the decisions are normally announced in May. Projects can start on 1 June at the earliest and "
          "may last up to three years."),
    ("p", "Inside the municipality the application must be ready earlier, because it has to be approved "
          "before it is submitted. Send the draft to your principal and to the international coordinator "
          "by 10 January. Late drafts are not approved."),
    ("h1", "How to apply from Alingsås"),
    ("olist", ["Discuss the idea with your principal and agree on how the exchange fits the school's "
               "development plan.",
               "Find partners. The international coordinator can help, and UHR runs a partner search "
               "database.",
               "Agree with the partners on who will coordinate the project.",
               "Write the application in the Nordplus application system, Espresso. Applications may be "
               "written in Danish, Norwegian, Swedish or English.",
               "Send the draft to the principal and the international coordinator by 10 January.",
               "The principal signs the application. If the municipality's own share exceeds SEK 200,000, "
               "the head of the Education Administration must sign as well.",
               "The coordinating institution submits the application by 1 February."]),
    ("h1", "Running a project"),
    ("h2", "Travel with pupils"),
    ("p", "When pupils travel, at least two adults from the school must accompany each group. For pupils "
          "under 15 there must be at least one adult for every six pupils. Guardians must give written "
          "consent for pupils under 18, and the school's own rules for trips apply in full."),
    ("p", "Pupils may not travel alone to the partner school, even if they are over 18. Host families "
          "may be used if the partner school takes responsibility for choosing and informing them."),
    ("h2", "Money and accounting"),
    ("p", "The grant is paid to the coordinating institution, which passes on each partner's share. "
          "When Alingsås is coordinator, the grant is received by the municipality's finance unit and "
          "booked on a separate project code. Never use a private bank account for project money."),
    ("h2", "Reporting"),
    ("p", "The coordinator submits a final report in Espresso no later than one month after the end of "
          "the project. The report describes what was done and how the grant was used. Funds that were "
          "not used in accordance with the application must be paid back."),
    ("h1", "Examples from Alingsås"),
    ("p", "Alströmergymnasiet ran the Nordplus Junior project Water Across Borders in 2024–2025 with "
          "upper secondary schools in Tartu (Estonia) and Jyväskylä (Finland). Forty-two pupils took part "
          "in exchanges, and the grant was EUR 38,400."),
    ("p", "Komvux Alingsås coordinated the Nordplus Adult project Learning Swedish, Living Nordic in "
          "2025, with adult education centres in Riga and Tampere. The project developed digital "
          "material for SFI students and received EUR 29,000."),
    ("h1", "Assessment of applications"),
    ("p", "Applications are assessed by experts appointed by the programme. The most important "
          "criteria are the quality of the activities, the relevance for the Nordic-Baltic cooperation, "
          "the partnership and the budget. Applications that involve partners from both the Nordic and the "
          "Baltic countries, or that include a Nordic languages element, are given priority."),
    ("p", "A project that is rejected may apply again the next year. The international coordinator "
          "can help with reading the feedback from the assessors and improving the application."),
    ("h1", "Mobility in practice"),
    ("h2", "Pupil exchanges"),
    ("p", "A pupil exchange typically consists of two visits: the pupils from Alingsås visit the partner "
          "school for about a week, and the partner school's pupils make a return visit. Mobility for "
          "pupils is limited to 14 days per visit. Activities should be part of the teaching, and the "
          "pupils should work on a shared theme before, during and after the visits."),
    ("p", "Pupils with special needs should be able to take part on the same terms as other pupils. "
          "Extra costs for an assistant can be included in the application as a separate budget item."),
    ("h2", "Teacher and staff mobility"),
    ("p", "Teachers and other staff can take part in job shadowing, teaching assignments or courses at "
          "a partner institution. A staff mobility normally lasts between three days and two weeks. The "
          "principal approves the staff member's absence, and the school arranges any substitute."),
    ("h2", "Adult learners"),
    ("p", "In Nordplus Adult, adult learners may also travel, for example SFI students who visit a "
          "partner centre. Learner mobility in Nordplus Adult must be part of a course and is limited to "
          "one week per visit."),
    ("h1", "Sustainability and digital cooperation"),
    ("p", "Nordplus encourages climate-friendly travel. Projects that choose train or bus instead of "
          "flying for journeys within the Nordic countries may apply for a green travel supplement of "
          "EUR 50 per person. Digital meetings between the visits are expected, and the costs of digital "
          "tools are eligible project costs."),
    ("h1", "Nordplus and other programmes"),
    ("p", "Nordplus is often easier to apply for than the large EU programmes, and the application is "
          "shorter. A school may have a Nordplus project and an EU-funded project at the same time, but "
          "the same costs may not be funded twice."),
    ("h1", "Questions"),
    ("p", "Questions about the Nordplus rules are answered by UHR. Questions about the municipality's "
          "internal approval and about partners are answered by the international coordinator. Each "
          "school also has an international contact teacher appointed by the principal."),
]

# ---------------------------------------------------------------------------------------------
# 4. Hosting an international youth sports tournament – English, .docx
# ---------------------------------------------------------------------------------------------

TOURNAMENT = [
    ("title", "Hosting an international youth sports tournament in Alingsås"),
    ("p", "A guide for sports associations and municipal units. Culture and Leisure Administration "
          "(kultur- och fritidsförvaltningen), Alingsås Municipality. Revised 3 March 2026."),
    ("h1", "Introduction"),
    ("p", "Every summer, sports associations in Alingsås host tournaments with teams from other "
          "countries. The largest is the Mjörn Youth Cup in handball and floorball, which in July 2025 "
          "gathered 164 teams from seven countries and around 2,300 players aged 11 to 16. The "
          "municipality supports such events because they bring visitors to the town and give young "
          "people international contacts."),
    ("p", "The association that organises the tournament is responsible for the event. The municipality "
          "provides halls, schools for accommodation and a grant, and several administrations must be "
          "involved in time. This guide describes what the organiser must do and what the municipality "
          "can offer."),
    ("h1", "Municipal support"),
    ("h2", "Event grant"),
    ("p", "The Culture and Leisure Committee awards an international event grant to associations that "
          "host a youth tournament with teams from at least three countries. The grant is up to SEK "
          "75,000 per event and may not exceed 30 per cent of the event's total budget. The application "
          "must be submitted no later than 1 December the year before the tournament."),
    ("p", "The grant is paid in two parts: 60 per cent after the decision and the remaining 40 per cent "
          "when the association has submitted its final report. The final report is due within two months "
          "after the tournament."),
    ("h2", "Halls and pitches"),
    ("p", "Youth associations registered in Alingsås may book municipal sports halls for their "
          "tournament free of charge. Outdoor pitches and Nolhaga sports hall are booked through the "
          "booking office. Bookings for the summer weeks open on 15 January and halls are allocated in the "
          "order the applications arrive."),
    ("h2", "School accommodation"),
    ("p", "Visiting teams may sleep in municipal schools during the summer holiday. The association pays "
          "SEK 45 per person per night, which covers cleaning and the caretaker's extra hours. Mattresses "
          "can be rented from the municipality for SEK 55 per mattress for the whole tournament."),
    ("p", "Sleeping in a school building is only allowed when the fire and rescue service has approved "
          "the premises for temporary accommodation. The organiser must report each school to the Fire and "
          "Rescue Service Alingsås-Vårgårda at least four weeks before the tournament. The following rules "
          "apply:"),
    ("list", ["No more than 30 persons may sleep in one classroom, and never more than the number stated "
              "in the fire service's approval",
              "A night watch of at least two adults must be awake and walk through the building during the "
              "whole night",
              "Escape routes and fire doors must be kept free at all times",
              "Cooking and open flames are not allowed in the sleeping areas"]),
    ("h2", "Meals"),
    ("p", "The municipality's school restaurants can serve breakfast, lunch and dinner to visiting teams. "
          "The price for 2026 is SEK 95 per meal and SEK 60 for breakfast. Orders for meals must be placed "
          "with the meal service (måltidsservice) no later than 1 May."),
    ("h1", "Teams from abroad"),
    ("h2", "Visas and invitation letters"),
    ("p", "Teams from countries outside the Schengen area may need visas. The organiser sends each team a "
          "personal invitation letter that states the dates, accommodation and who pays the costs. The "
          "municipality does not issue invitation letters and cannot influence visa decisions, which are "
          "made by the Swedish embassy or consulate."),
    ("p", "Visa applications often take several months. Organisers should send invitation letters no "
          "later than three months before the tournament."),
    ("h2", "Insurance"),
    ("p", "Visiting teams must have their own travel and accident insurance. The municipality's insurance "
          "does not cover visiting players or leaders. The organiser should ask every team to confirm its "
          "insurance when it registers."),
    ("h1", "Safety and safeguarding"),
    ("p", "The organiser must have a written safety plan that covers first aid, fire safety, traffic and "
          "what to do if a child goes missing. The plan is sent to the police and the fire service "
          "together with the application for a public event permit."),
    ("p", "Visiting teams must bring one adult leader for every eight players. Swedish leaders who work "
          "with the teams overnight must show an extract from the police records (belastningsregistret) "
          "that is no older than one year. Foreign leaders are asked to sign the tournament's code of "
          "conduct."),
    ("p", "A public event permit is issued by the police. The application is made by the organiser, not "
          "by the municipality, and should be sent at least eight weeks before the tournament."),
    ("h1", "Planning timeline"),
    ("olist", ["12 months before: decide dates and send a letter of intent to the Culture and Leisure "
               "Administration.",
               "By 1 December the year before: apply for the event grant.",
               "15 January: book halls and pitches when the booking opens.",
               "Three months before: send invitation letters to teams that need visas.",
               "By 1 May: order meals from the meal service.",
               "Eight weeks before: apply to the police for a public event permit.",
               "Four weeks before: report school accommodation to the fire and rescue service.",
               "Within two months after: send the final report and the accounts."]),
    ("h1", "Environment and transport"),
    ("p", "The organiser should arrange shuttle buses between the schools and the halls. Alingsås "
          "Municipality's public transport cannot be reserved for the tournament, but an extra bus line "
          "can be ordered from Västtrafik at the organiser's own cost. Waste must be sorted, and the "
          "municipality lends recycling stations free of charge if they are booked a month in advance."),
    ("h1", "Welcoming the teams"),
    ("p", "A good welcome is what visiting teams remember. Many organisers arrange an opening ceremony "
          "on the first evening, with a parade of the teams through the town centre. The municipality can "
          "lend flags of the participating countries and a mobile stage free of charge if they are booked "
          "at least six weeks in advance through the event coordinator."),
    ("p", "The chair of the Culture and Leisure Committee or another elected member normally takes part "
          "in the opening ceremony and welcomes the teams on behalf of the municipality. Requests for a "
          "municipal speaker are sent to the event coordinator no later than two months before the "
          "tournament."),
    ("h2", "Information to teams"),
    ("p", "The organiser should send all teams a team manual in English at least one month before the "
          "tournament. The manual should include:"),
    ("list", ["the schedule and the rules of the tournament",
              "addresses of halls, pitches and accommodation schools",
              "meal times and the location of the school restaurants",
              "emergency phone numbers and the nearest hospital, which is Alingsås lasarett",
              "the code of conduct and the rules for the accommodation schools",
              "information about public transport and the shuttle buses"]),
    ("h1", "Volunteers"),
    ("p", "Most tournaments depend on volunteers from the organising association. Volunteers under 18 "
          "may work as runners, in the cafés and as hosts, but they may not work as night watch in the "
          "accommodation schools. Volunteers who are over 18 and work as night watch must have received "
          "fire safety training from the organiser before the tournament."),
    ("p", "Young people from the municipality's summer job programme can be placed with tournament "
          "organisers. The organiser applies for summer workers through the municipality's summer job "
          "service by 15 March."),
    ("h1", "Economy and final report"),
    ("p", "The final report to the Culture and Leisure Committee must include the number of teams and "
          "players per country, a summary of the accounts and a short evaluation. Associations that do not "
          "submit a final report cannot receive a new event grant."),
    ("p", "If the tournament is cancelled, the part of the grant already paid must be returned, except "
          "for costs that the association can show it has already had."),
    ("h1", "Who does what"),
    ("table", [["Task", "Responsible"],
               ["Tournament programme, registration, referees", "The organising association"],
               ["Event grant and contact with the municipality", "Event coordinator, Culture and Leisure"],
               ["Approval of school accommodation", "Fire and Rescue Service Alingsås-Vårgårda"],
               ["Public event permit", "The police"],
               ["Meals in school restaurants", "Meal service"],
               ["Booking of halls and pitches", "Booking office, Culture and Leisure"]]),
    ("h1", "Contact"),
    ("p", "The event coordinator at the Culture and Leisure Administration is the first point of contact "
          "for associations. Start the dialogue early: most problems in earlier tournaments were caused by "
          "late bookings of school accommodation."),
]

# ---------------------------------------------------------------------------------------------
# 5. Covenant of Mayors – English, .pdf
# ---------------------------------------------------------------------------------------------

COVENANT = [
    ("title", "Alingsås and the Covenant of Mayors for Climate and Energy"),
    ("p", "Briefing note for elected members and managers. Prepared by the Planning and Building "
          "Administration (samhällsbyggnadsförvaltningen), February 2026. The note summarises what the "
          "municipality has committed to, how the commitments are followed up and what they mean for the "
          "administrations."),
    ("h1", "What is the Covenant of Mayors?"),
    ("p", "The Covenant of Mayors for Climate and Energy (Borgmästaravtalet in Swedish) is a movement of "
          "local and regional governments that voluntarily commit to EU climate and energy objectives. It "
          "was launched by the European Commission in 2008 and now has more than 11,000 signatories in "
          "Europe and beyond. Signatories commit to cutting greenhouse gas emissions, to adapting to "
          "climate change and to tackling energy poverty."),
    ("p", "The Covenant is not a funding programme. It does not give grants itself, but a Covenant "
          "signatory with an approved action plan is often better placed when it applies for EU funding "
          "for climate and energy projects."),
    ("h1", "The municipality's commitment"),
    ("p", "The municipal council decided on 16 June 2021 that Alingsås should join the Covenant of "
          "Mayors. The commitment was signed by the chair of the municipal council on 2 September 2021."),
    ("p", "By signing, Alingsås committed to:"),
    ("list", ["reduce greenhouse gas emissions in the municipality's territory by at least 55 per cent by "
              "2030 compared with the base year",
              "achieve climate neutrality by 2050 at the latest",
              "assess the risks and vulnerabilities caused by climate change and plan for adaptation",
              "submit a Sustainable Energy and Climate Action Plan within two years of signing",
              "report on progress every two years"]),
    ("p", "The local climate targets adopted by the municipal council go further than the Covenant. The "
          "municipality's own organisation is to be fossil-free by 2030, and the territorial emissions "
          "are to be net zero by 2040."),
    ("h1", "The action plan"),
    ("p", "A Sustainable Energy and Climate Action Plan (SECAP) is the key document in which a signatory "
          "sets out its baseline emissions, its targets and the actions it will take to reach them. "
          "Alingsås submitted its SECAP on 30 May 2023, within the two-year deadline. The municipal "
          "council adopted it as part of the municipality's climate strategy."),
    ("h2", "Base year and baseline"),
    ("p", "Alingsås uses 2010 as its base year, because reliable local statistics are available from "
          "that year. The baseline emission inventory shows territorial emissions of 213,000 tonnes of "
          "carbon dioxide equivalents in 2010. Road transport accounted for 46 per cent of the emissions, "
          "followed by agriculture and machinery."),
    ("p", "The 55 per cent target therefore means that territorial emissions must be no higher than "
          "about 95,900 tonnes in 2030. In 2023, the latest year with complete statistics, emissions were "
          "148,000 tonnes, a reduction of 30.5 per cent compared with 2010."),
    ("h2", "Key actions"),
    ("p", "The SECAP contains 24 actions. The ten largest are listed below with their estimated cost and "
          "the responsible administration:"),
    ("table", [["Action", "Estimated cost", "Responsible", "Period"],
               ["Charging points at all municipal workplaces", "SEK 6.5 million", "Property unit",
                "2023–2026"],
               ["Fossil-free municipal vehicle fleet", "SEK 12 million", "Fleet management", "2023–2030"],
               ["Energy renovation of eight schools", "SEK 48 million", "Property unit", "2024–2029"],
               ["Solar panels on municipal roofs", "SEK 9 million", "Property unit", "2023–2027"],
               ["Cycle path Alingsås–Sollebrunn", "SEK 31 million", "Planning and Building", "2025–2028"],
               ["Energy and climate advice for households", "SEK 0.8 million a year", "Energy and "
                "climate advisor", "Ongoing"],
               ["Climate requirements in procurement", "No extra cost", "Procurement unit", "Ongoing"],
               ["Biogas buses in town traffic", "Covered by Västtrafik", "Västtrafik", "2024–2026"],
               ["Flood protection along the Säveån river", "SEK 22 million", "Water and sewage", "2026–2030"],
               ["Tree planting and shading in the town centre", "SEK 3.2 million", "Parks unit",
                "2025–2028"]]),
    ("h1", "Adaptation to climate change"),
    ("p", "The risk and vulnerability assessment in the SECAP identified heavy rain, flooding of the "
          "Säveån river and the lakes Mjörn and Gerdsken, and heat waves as the main climate risks for "
          "Alingsås. Older people in residential care and pupils in schools without shading are the most "
          "vulnerable groups during heat waves."),
    ("p", "The adaptation actions include the flood protection along the Säveån river, a heat action "
          "plan for elderly care and the planting of trees in the town centre. The heat action plan is "
          "owned by the Social Services Administration."),
    ("h1", "Energy poverty"),
    ("p", "Since 2021 the Covenant also asks signatories to address energy poverty, meaning that "
          "households cannot afford adequate heating, cooling and electricity. Alingsås has not yet "
          "adopted targets for energy poverty. The energy and climate advisor offers free advice to "
          "households with high energy costs, and the municipal housing company AB Alingsåshem has started "
          "a pilot with energy coaches for tenants."),
    ("h1", "Monitoring and reporting"),
    ("p", "Signatories report to the Covenant through the MyCovenant platform. Alingsås submits a "
          "monitoring report every two years, with updated emission data and the status of each action. "
          "The first monitoring report was submitted in June 2025. The next monitoring report is due by "
          "30 June 2027."),
    ("p", "A signatory that does not submit its action plan or its monitoring reports on time first "
          "receives a warning and can later be suspended from the Covenant. Alingsås has so far met every "
          "deadline."),
    ("p", "Within the municipality, the climate strategist at the Planning and Building Administration "
          "collects the data from the administrations and the municipal companies every spring. Each "
          "administration must report the status of its actions to the climate strategist by 31 March."),
    ("h1", "Organisation and costs"),
    ("p", "The municipal executive board (kommunstyrelsen) is politically responsible for the Covenant "
          "commitment and for the climate strategy. The climate strategist coordinates the work and is "
          "the municipality's contact person towards the Covenant secretariat in Brussels."),
    ("p", "Joining the Covenant of Mayors is free of charge. There is no membership fee, and the costs "
          "of the commitment are the costs of the actions themselves, which are financed through the "
          "ordinary budgets of the administrations and companies."),
    ("p", "Västra Götalandsregionen acts as a Covenant Territorial Coordinator and supports the "
          "signatories in the region with emission statistics, training and networking. Twice a year the "
          "region invites the climate strategists of the signatory municipalities to a network meeting."),
    ("h1", "What it means for the administrations"),
    ("p", "Each administration and municipal company that owns an action in the SECAP is responsible "
          "for carrying it out within its own budget. When a new investment is planned, its climate "
          "impact must be described in the decision document. The climate strategist can help with "
          "estimating emissions."),
    ("p", "The administrations are also expected to look for external funding for their actions. The "
          "international coordinator keeps an overview of EU programmes that fund climate and energy "
          "projects and can help with applications."),
    ("h2", "Checklist for action owners"),
    ("list", ["Appoint a contact person for each action and inform the climate strategist.",
              "Include the action's costs in the budget process of the administration.",
              "Report the status of the action to the climate strategist by 31 March every year.",
              "Tell the climate strategist immediately if an action is delayed by more than a year or is "
              "cancelled.",
              "Communicate the results of the action, with a reference to the Covenant of Mayors where "
              "appropriate."]),
    ("h1", "Citizen involvement"),
    ("p", "The Covenant encourages signatories to involve citizens and local businesses. Alingsås "
          "organised a climate week with open meetings before the SECAP was adopted, and around 400 "
          "residents answered an online survey about climate actions. A local climate council with "
          "representatives of businesses, associations and young people was set up in 2024. The council "
          "gives advice but does not take decisions."),
    ("p", "Schools take part through the climate education programme for pupils in year 8, which the "
          "energy and climate advisor runs together with the Education Administration."),
    ("h1", "Previous climate work"),
    ("p", "Alingsås has worked with local climate targets since the early 2000s. The municipality was "
          "one of the first in the region to adopt an energy plan with targets for renewable energy, and the "
          "district heating in the town has been fully renewable since 2015. The Covenant commitment in "
          "2021 gathered this work in one framework and added the reporting requirements."),
    ("h1", "Questions and answers"),
    ("h2", "Does the Covenant decide what the municipality must do?"),
    ("p", "No. The municipality chooses its own actions. The Covenant only sets the overall level of "
          "ambition and the reporting requirements."),
    ("h2", "Can we leave the Covenant?"),
    ("p", "Yes. The commitment is voluntary, and a decision by the municipal council to withdraw would "
          "be enough. There is no plan to withdraw."),
    ("h2", "Are the municipal companies included?"),
    ("p", "Yes. The territorial target covers all emissions within the municipality's borders, and the "
          "municipal companies have their own actions in the SECAP, for example the energy coaches at AB "
          "Alingsåshem."),
]

# ---------------------------------------------------------------------------------------------
# 6. Styrgruppen Alingsås–Wolfsbrück – protokoll, Swedish, .pdf
# ---------------------------------------------------------------------------------------------

WOLFSBRUCK_PROTOKOLL = [
    ("title", "Styrgruppen för vänskapssamarbetet Alingsås–Wolfsbrück – protokoll 2026"),
    ("p", "Protokoll från styrgruppens två möten under 2026. Protokollen justeras av ordförandena för "
          "båda städernas delegationer och publiceras på svenska och tyska."),
    ("h1", "Möte 1/2026"),
    ("p", "Tid och plats: 2026-03-11 kl. 13.00–15.30, digitalt möte."),
    ("p", "Närvarande från Alingsås: Karin Åberg (kommunstyrelsens andre vice ordförande, ordförande för "
          "den svenska delegationen), Johan Ekdahl (kultur- och fritidschef) och Lina Sundqvist "
          "(vänskapssamordnare, sekreterare). Närvarande från Wolfsbrück: Bürgermeisterin Sabine Kröger, "
          "Thomas Albrecht (Amtsleiter Schule und Sport) och Petra Vogt (Partnerschaftsbeauftragte)."),
    ("h2", "§ 1 Mötets öppnande"),
    ("p", "Sabine Kröger öppnade mötet och hälsade alla välkomna. Mötet hölls på engelska med "
          "sammanfattning på tyska."),
    ("h2", "§ 2 Uppföljning av 2025"),
    ("p", "Lina Sundqvist redovisade 2025 års aktiviteter. Under året genomfördes fem utbyten: två "
          "skolutbyten, ett utbyte mellan brandkårerna, ett besök av Wolfsbrücks seniorkör och en "
          "digital konferens om fjärrvärme. Totalt reste 61 personer mellan städerna. Kostnaderna för "
          "Alingsås del blev 142 500 kr, vilket var 17 500 kr under budget."),
    ("h2", "§ 3 Ungdomsutbyte 2026"),
    ("p", "Styrgruppen diskuterade sommarens ungdomsutbyte. Thomas Albrecht föreslog att utbytet ska "
          "hållas i Wolfsbrück vecka 32 med inriktning på musik och idrott."),
    ("p", "Beslut: Ungdomsutbytet genomförs i Wolfsbrück 3–9 augusti 2026. Alingsås skickar 24 ungdomar "
          "i åldern 14–17 år och fyra ledare. Wolfsbrück står för boende och mat, och Alingsås står för "
          "resan. Anmälan för ungdomarna öppnar den 1 april och stänger den 30 april."),
    ("h2", "§ 4 Budget 2026"),
    ("p", "Karin Åberg informerade om att kommunstyrelsen har avsatt 180 000 kr för samarbetet under "
          "2026. Beloppet ska täcka Alingsås kostnader för resor, tolk och värdskap. Wolfsbrück har "
          "avsatt motsvarande 16 000 euro."),
    ("p", "Beslut: Styrgruppen fastställer fördelningen: ungdomsutbytet 95 000 kr, skolsamarbetet "
          "40 000 kr, besök av den tyska delegationen i september 30 000 kr och en reserv på 15 000 kr."),
    ("h2", "§ 5 Samarbete om fjärrvärme"),
    ("p", "Wolfsbrücks Stadtwerke vill fortsätta erfarenhetsutbytet med Alingsås Energi om "
          "fjärrvärme och solenergi. Johan Ekdahl påpekade att Alingsås Energi är ett kommunalt bolag och "
          "själv beslutar om sitt deltagande."),
    ("p", "Beslut: Lina Sundqvist kontaktar Alingsås Energi och återkommer till nästa möte."),
    ("h2", "§ 6 Nästa möte"),
    ("p", "Nästa möte hålls i Alingsås den 23 september 2026 i samband med den tyska delegationens "
          "besök."),
    ("pagebreak", None),
    ("h1", "Möte 2/2026"),
    ("p", "Tid och plats: 2026-09-23 kl. 09.00–12.00, Stadshuset, Alingsås."),
    ("p", "Närvarande från Alingsås: Karin Åberg (ordförande), Johan Ekdahl, Maria Holm (rektor, "
          "Stadsskogenskolan) och Lina Sundqvist (sekreterare). Närvarande från Wolfsbrück: Sabine "
          "Kröger, Thomas Albrecht, Petra Vogt och Jens Hartmann (Stadtwerke Wolfsbrück)."),
    ("h2", "§ 7 Mötets öppnande"),
    ("p", "Karin Åberg öppnade mötet och hälsade den tyska delegationen välkommen till Alingsås. "
          "Delegationen bestod av tio personer, inklusive en tolk."),
    ("h2", "§ 8 Utvärdering av ungdomsutbytet"),
    ("p", "Petra Vogt redovisade utvärderingen av ungdomsutbytet i augusti. 22 av de 24 anmälda "
          "ungdomarna från Alingsås deltog. Ungdomarna gav utbytet betyget 4,6 av 5 i enkäten. "
          "Kostnaden för Alingsås blev 88 300 kr."),
    ("p", "Beslut: Ungdomsutbytet 2027 hålls i Alingsås. Datum bestäms vid nästa möte."),
    ("h2", "§ 9 Skolsamarbete"),
    ("p", "Maria Holm berättade att Stadsskogenskolan och Grundschule am Markt har startat ett "
          "brevväxlingsprojekt på engelska för årskurs 5. Skolorna vill söka Nordplus, men Tyskland "
          "deltar inte i Nordplus. Styrgruppen konstaterade att skolsamarbetet därför finansieras inom "
          "vänskapssamarbetets budget."),
    ("h2", "§ 10 Fjärrvärme"),
    ("p", "Lina Sundqvist rapporterade att Alingsås Energi tackat ja till ett studiebesök i Wolfsbrück "
          "under våren 2027. Alingsås Energi betalar själv sina kostnader."),
    ("h2", "§ 11 Vänskapsavtalets framtid"),
    ("p", "Vänskapsavtalet gäller till och med 2028. Styrgruppen diskuterade om samarbetet ska bli ett "
          "formellt vänortssamarbete. Karin Åberg påminde om att det kräver ett beslut av "
          "kommunfullmäktige i Alingsås och av Stadtrat i Wolfsbrück."),
    ("p", "Beslut: Frågan om formell vänort tas upp igen vid utvärderingen av avtalet hösten 2027. "
          "Sekreterarna tar fram ett underlag."),
    ("h2", "§ 12 Nästa möte"),
    ("p", "Nästa möte hålls digitalt i mars 2027. Exakt datum meddelas av sekreterarna."),
    ("p", "Vid protokollet: Lina Sundqvist. Justeras: Karin Åberg, Sabine Kröger."),
]


# ---------------------------------------------------------------------------------------------
# 7. Lägesbild externt finansierade projekt 2025 – Swedish, .docx
# ---------------------------------------------------------------------------------------------

LAGESBILD = [
    ("title", "Lägesbild 2025: internationella projekt, program och nätverk"),
    ("p", "Rapport till kommunstyrelsen från kommunledningskontoret, mars 2026. Rapporten är en del av "
          "den årliga redovisningen av det internationella arbetet och sammanfattar läget i kommunens "
          "externt finansierade projekt, nätverk och partnerskap under 2025."),
    ("h1", "Sammanfattning"),
    ("p", "Under 2025 deltog Alingsås kommun i sex externt finansierade projekt med internationell "
          "koppling och i tre internationella nätverk eller överenskommelser. Kommunen tog emot "
          "sammanlagt 4,3 miljoner kronor i externa medel för projekten under året. Det är en ökning med "
          "drygt en miljon kronor jämfört med 2024, främst på grund av att ESF+-projektet Steget vidare "
          "startade i september."),
    ("p", "Tre nya ansökningar lämnades in under året: ESF+-projektet Steget vidare, AMIF-projektet "
          "Välkommen till Alingsås och ansökan om medlemskap i WHO:s europeiska nätverk Healthy Cities. "
          "De två projektansökningarna beviljades. Beslutet om WHO-medlemskapet väntas tidigast våren 2027."),
    ("h1", "Projekt under 2025"),
    ("table", [["Projekt", "Program", "Period", "Kommunens budget", "Status"],
               ["Steget vidare", "ESF+", "2025–2028", "14,6 miljoner kr", "Pågår"],
               ["Välkommen till Alingsås", "AMIF", "2026–2027", "6,4 miljoner kr (tre kommuner)",
                "Beviljat 2025, start 2026"],
               ["Sjöar utan gränser", "Interreg ÖKS", "2023–2025", "2,4 miljoner kr", "Avslutat"],
               ["Water Across Borders", "Nordplus Junior", "2024–2025", "38 400 euro", "Avslutat"],
               ["Learning Swedish, Living Nordic", "Nordplus Adult", "2025", "29 000 euro", "Avslutat"],
               ["Bygdegården i Ödenäs", "Leader Sjö och Skog", "2025–2026", "240 000 kr (förening)",
                "Pågår"]]),
    ("p", "Bygdegården i Ödenäs är en förenings projekt och inte kommunens, men redovisas här eftersom "
          "kommunen medfinansierar Leaderområdet."),
    ("h2", "Steget vidare"),
    ("p", "Projektet startade 2025-09-01. Till och med den 31 december 2025 hade 34 deltagare skrivits in, "
          "vilket är något fler än planerat. Rekryteringen av personal gick snabbt, och alla fem coacher var "
          "på plats i oktober. Den första ansökan om utbetalning lämnades i januari 2026."),
    ("h2", "Sjöar utan gränser"),
    ("p", "Projektet avslutades den 30 september 2025. Slutrapporten lämnades av lead partner Fredrikstad "
          "i december. Projektet har gett kommunen en ny metod för provtagning i små sjöar som nu används i "
          "den ordinarie miljöövervakningen. Av kommunens kostnader underkändes omkring 90 000 kronor på "
          "grund av brister i tidrapporteringen under det första halvåret."),
    ("h2", "Nordplus"),
    ("p", "Båda Nordplus-projekten avslutades under året med goda resultat. Alströmergymnasiet planerar "
          "en ny ansökan till Nordplus Junior i februari 2027 tillsammans med samma partnerskolor. Komvux "
          "har inte fattat beslut om en fortsättning."),
    ("h1", "Nätverk och överenskommelser"),
    ("h2", "Borgmästaravtalet"),
    ("p", "Kommunen lämnade sin första uppföljningsrapport inom Borgmästaravtalet i juni 2025. Rapporten "
          "visade att de territoriella utsläppen hade minskat med 30,5 procent sedan basåret 2010. Nästa "
          "rapport ska lämnas senast den 30 juni 2027."),
    ("h2", "WHO Healthy Cities"),
    ("p", "Kommunfullmäktige beslutade i september 2025 att söka medlemskap, och ansökan skickades till "
          "WHO:s regionkontor i Köpenhamn i november. Folkhälsostrategen har utsetts till samordnare."),
    ("h2", "Vänskapsavtalet med Wolfsbrück"),
    ("p", "Under 2025 genomfördes fem utbyten med Wolfsbrück och 61 personer reste mellan städerna. "
          "Kostnaden för Alingsås blev 142 500 kr."),
    ("h1", "Arbetstid och resurser"),
    ("p", "Den internationella samordnaren lade under 2025 omkring 40 procent av sin tid på stöd till "
          "projektansökningar, 30 procent på nätverk och partnerskap och resten på information, "
          "omvärldsbevakning och administration. Samordnaren gav råd i 23 projektidéer från förvaltningarna, "
          "varav sju ledde till en ansökan eller en förstudie."),
    ("p", "Förvaltningarna uppger att den största svårigheten är att frigöra personal för att skriva "
          "ansökningar och att ligga ute med pengar i projekt där stödet betalas ut i efterskott."),
    ("h1", "Planerat för 2026"),
    ("list", ["Ansökan till Interreg ÖKS om projektet Dagvatten i gränsland, tillsammans med Frederikshavn "
              "och Halden, i höstens ansökningsomgång",
              "Start av AMIF-projektet Välkommen till Alingsås den 1 januari 2026",
              "Pilotprojekt för rekrytering av sjuksköterskor från Spanien och Portugal via EURES",
              "Ungdomsutbyte med Wolfsbrück i augusti",
              "Utbildning i projektekonomi för förvaltningarnas ekonomer under våren"]),
    ("h1", "Förslag till beslut"),
    ("p", "Kommunledningskontoret föreslår att kommunstyrelsen lägger lägesbilden till handlingarna och "
          "uppdrar åt kommundirektören att ta fram ett förslag om en gemensam likviditetsreserv för "
          "EU-projekt, så att förvaltningarna lättare kan ligga ute med pengar i väntan på utbetalningar."),
]

# ---------------------------------------------------------------------------------------------
# 8. PM om Interreg-program – Swedish, .pdf
# ---------------------------------------------------------------------------------------------

INTERREG_PM = [
    ("title", "PM: Vilka Interreg-program kan Alingsås kommun delta i?"),
    ("p", "Promemoria från kommunledningskontoret, 2026-03-23. Svar på en fråga från "
          "samhällsbyggnadsförvaltningen om vilka Interreg-program som är öppna för kommunen."),
    ("h1", "Kort om Interreg"),
    ("p", "Interreg är EU:s samlingsnamn för program för territoriellt samarbete. Det finns tre huvudtyper: "
          "gränsöverskridande program mellan angränsande regioner, transnationella program för större "
          "geografiska områden och interregionala program som omfattar hela EU. Vilka program en kommun kan "
          "delta i beror på var den ligger."),
    ("h1", "Programmen i korthet"),
    ("table", [["Program", "Typ", "Kan Alingsås delta?", "EU-stöd för svenska partner"],
               ["Interreg Öresund-Kattegat-Skagerrak", "Gränsöverskridande", "Ja", "Högst 60 procent"],
               ["Interreg Sverige-Norge", "Gränsöverskridande", "Nej, Alingsås ligger utanför programområdet",
                "–"],
               ["Interreg Nord", "Gränsöverskridande", "Nej", "–"],
               ["Interreg Östersjöprogrammet", "Transnationellt", "Ja", "Högst 80 procent"],
               ["Interreg Nordsjöprogrammet", "Transnationellt", "Ja", "Högst 60 procent"],
               ["Interreg Europe", "Interregionalt", "Ja", "Högst 80 procent"]]),
    ("h1", "Gränsöverskridande program"),
    ("p", "Alingsås ingår bara i ett gränsöverskridande program, Interreg Öresund-Kattegat-Skagerrak. "
          "Interreg Sverige-Norge omfattar bland annat Dalsland och norra Bohuslän men inte Alingsås. En "
          "aktör utanför programområdet kan i undantagsfall delta om projektet visar en tydlig nytta för "
          "programområdet, men det är sällsynt och beslutas av programmet i varje enskilt fall."),
    ("h1", "Transnationella program"),
    ("p", "Östersjöprogrammet och Nordsjöprogrammet omfattar hela Västra Götaland. Projekten är större "
          "och har fler partner än i de gränsöverskridande programmen, ofta tio eller fler från flera "
          "länder. Östersjöprogrammet kräver partner från minst tre länder i programområdet."),
    ("p", "För en kommun av Alingsås storlek är det ofta lättare att delta som en av många partner i ett "
          "transnationellt projekt än att själv leda ett. Kommunens interna beslutsordning för Interreg "
          "gäller på samma sätt som för ÖKS."),
    ("h1", "Interreg Europe"),
    ("p", "Interreg Europe finansierar erfarenhetsutbyte om regional utvecklingspolitik. Partnerna är i "
          "första hand regioner och myndigheter som ansvarar för politik och styrdokument. En kommun kan "
          "delta, men projektet ska leda till att ett styrdokument förbättras. Det passar därför bäst när en "
          "förvaltning arbetar med en ny strategi eller plan."),
    ("h1", "Rekommendation"),
    ("p", "Kommunledningskontoret rekommenderar samhällsbyggnadsförvaltningen att i första hand titta på "
          "Interreg ÖKS för projekt om dagvatten och klimatanpassning, och på Nordsjöprogrammet för "
          "samarbeten om hamnar, kuster och vatten i ett större europeiskt sammanhang. Interreg Sverige-Norge "
          "är inte ett alternativ."),
]

# ---------------------------------------------------------------------------------------------
# 9. Reserapport studieresa Utrecht – Swedish, .docx
# ---------------------------------------------------------------------------------------------

RESERAPPORT = [
    ("title", "Reserapport: kommunstyrelsens studieresa till Utrecht, september 2025"),
    ("p", "Reserapport för förtroendevalda enligt kommunens riktlinjer för studieresor. Rapporten lämnades "
          "till kommunsekreteraren 2025-10-14 och redovisades muntligt vid kommunstyrelsens sammanträde "
          "2025-11-03."),
    ("h1", "Uppgifter om resan"),
    ("table", [["Uppgift", "Uppgift om resan"],
               ["Resmål", "Utrecht och Houten, Nederländerna"],
               ["Datum", "16–18 september 2025"],
               ["Deltagare", "Tre ledamöter i kommunstyrelsen och en trafikplanerare från "
                "samhällsbyggnadsförvaltningen"],
               ["Beslut", "Kommunstyrelsens arbetsutskott 2025-07-01, § 112"],
               ["Beräknad kostnad", "58 000 kr"],
               ["Faktisk kostnad", "52 900 kr för de förtroendevalda"]]),
    ("p", "Trafikplanerarens kostnader betalades av samhällsbyggnadsförvaltningen och ingår inte i "
          "beloppet ovan."),
    ("h1", "Syfte"),
    ("p", "Syftet med resan var att lära av Nederländernas arbete med cykeltrafik inför arbetet med "
          "Alingsås nya cykelstrategi. Utrecht har en av Europas högsta andelar cykelresor och har byggt "
          "om stora delar av stadskärnan för cykel och gång. Houten är en mindre stad, av ungefär samma "
          "storlek som Alingsås, som har planerats så att bilen inte kan ta den kortaste vägen mellan "
          "bostadsområdena."),
    ("h1", "Program"),
    ("list", ["Dag 1: möte med Utrechts trafikförvaltning och besök i cykelgaraget vid centralstationen, "
              "som har plats för 12 500 cyklar",
              "Dag 2: studiebesök i Houten med stadens planeringschef och cykeltur genom bostadsområdena",
              "Dag 3: möte med den nationella organisationen för cykelfrämjande och besök på en skola som "
              "arbetar med trafiksäkra skolvägar"]),
    ("p", "Programmet omfattade sammanlagt 17 timmar studiebesök under de tre dagarna."),
    ("h1", "Lärdomar"),
    ("p", "De viktigaste lärdomarna för Alingsås var:"),
    ("list", ["Cykelparkering vid stationen är avgörande för att pendlare ska välja cykeln. Alingsås "
              "resecentrum behöver fler och säkrare cykelplatser.",
              "Separata cykelbanor med egen färg gör det tydligt för alla trafikanter var cyklisterna ska "
              "vara.",
              "Barns skolvägar bör vara utgångspunkten när cykelnätet planeras.",
              "En liten stad kan nå en hög andel cykelresor om bilen får ta en längre väg än cykeln."]),
    ("h1", "Förslag"),
    ("p", "De förtroendevalda föreslår att erfarenheterna från resan används i arbetet med cykelstrategin, "
          "att samhällsbyggnadsförvaltningen utreder ett cykelgarage vid resecentrum och att kontakten med "
          "Houten hålls vid liv genom digitala möten. De föreslår inte något formellt samarbetsavtal."),
    ("h1", "Kostnader"),
    ("p", "Resan gjordes med tåg till Köpenhamn och flyg därifrån till Amsterdam. Kostnaden på 52 900 kr "
          "fördelade sig på resor 21 400 kr, logi 18 600 kr, studiebesök och guidning 6 500 kr och övriga "
          "kostnader 6 400 kr. Kostnaden var 5 100 kr lägre än beräknat, eftersom en av programpunkterna "
          "var kostnadsfri."),
]


# ---------------------------------------------------------------------------------------------
# 10. Riktlinjer för externt finansierade projekt – Swedish, .pdf
# ---------------------------------------------------------------------------------------------

PROJEKTRIKTLINJER = [
    ("title", "Riktlinjer för externt finansierade utvecklingsprojekt"),
    ("p", "Riktlinjer för Alingsås kommuns förvaltningar. Antagna av kommunstyrelsen 2024-06-10, § 98. "
          "Riktlinjerna gäller projekt som helt eller delvis finansieras med medel från EU, nordiska "
          "program eller nationella myndigheter, och kompletterar programmens egna regler."),
    ("h1", "Syfte"),
    ("p", "Externt finansierade projekt är ett sätt att utveckla kommunens verksamheter med stöd av "
          "pengar som kommunen annars inte skulle ha. Projekten medför också risker: kommunen tar på sig "
          "åtaganden, ligger ut med pengar och kan behöva betala tillbaka stöd om reglerna inte följs. "
          "Riktlinjerna ska göra att förvaltningarna söker projekt som stämmer med kommunens mål och att "
          "projekten sköts så att stödet inte går förlorat."),
    ("h1", "Grundprinciper"),
    ("list", ["Ett projekt ska utgå från ett behov i verksamheten, inte från att det finns pengar att söka.",
              "Projektet ska ha en plan för hur resultaten tas om hand när projektet är slut.",
              "Kommunens egen finansiering ska rymmas i förvaltningens budget eller vara beslutad innan "
              "ansökan lämnas in.",
              "Projektet ska ha en utsedd projektägare och en projektledare med tid avsatt för uppdraget.",
              "Den internationella samordnaren ska informeras om alla ansökningar med internationell "
              "finansiering eller internationella partner."]),
    ("h1", "Roller och ansvar"),
    ("h2", "Projektägare"),
    ("p", "Projektägare är den nämnd vars verksamhet projektet huvudsakligen berör. Nämnden ansvarar för "
          "att projektet genomförs enligt beslutet om stöd och för att projektets ekonomi redovisas i "
          "nämndens bokslut. I det dagliga arbetet företräds projektägaren av förvaltningschefen eller den "
          "chef som förvaltningschefen utser."),
    ("h2", "Projektledare"),
    ("p", "Projektledaren planerar och leder arbetet, ansvarar för rapporteringen till finansiären och "
          "håller styrgruppen informerad. Projektledaren ska ha genomgått kommunens utbildning i "
          "projektekonomi innan det första utbetalningsunderlaget lämnas in. Utbildningen ges två gånger per "
          "år av ekonomienheten och tar en halv dag."),
    ("h2", "Ekonomienheten"),
    ("p", "Ekonomienheten lägger upp en egen projektkod för varje projekt, granskar budgeten före "
          "ansökan och hjälper till med underlagen för utbetalning. Alla intäkter och kostnader i projektet "
          "ska bokföras på projektkoden."),
    ("h2", "Den internationella samordnaren"),
    ("p", "Den internationella samordnaren ger råd om program och partnersökning, håller en förteckning "
          "över kommunens pågående projekt och sammanställer varje år en lägesbild till kommunstyrelsen. "
          "Samordnaren är inte projektledare för förvaltningarnas projekt."),
    ("h1", "Innan ansökan"),
    ("p", "Förvaltningen ska göra en enkel riskbedömning innan ansökan lämnas. Bedömningen ska svara på "
          "följande frågor:"),
    ("olist", ["Har förvaltningen personal som kan arbeta i projektet utan att ordinarie verksamhet blir "
               "lidande?",
               "Kan förvaltningen ligga ute med pengarna tills stödet betalas ut?",
               "Vad händer med verksamheten när projektet tar slut?",
               "Vilka krav på redovisning, tidrapportering och arkivering ställer programmet?",
               "Finns det partner som förvaltningen har samarbetat med tidigare?"]),
    ("p", "Riskbedömningen bifogas det underlag som beslutet om ansökan fattas på. Vem som fattar "
          "beslutet framgår av kommunens delegationsordning och av vägledningarna för respektive program."),
    ("h1", "Under projektet"),
    ("h2", "Styrgrupp"),
    ("p", "Projekt med en total budget över 1 miljon kronor ska ha en styrgrupp. Styrgruppen ska "
          "sammanträda minst två gånger per år och följa upp ekonomi, aktiviteter och resultat. Mindre "
          "projekt följs upp av projektägarens ledningsgrupp."),
    ("h2", "Ekonomisk uppföljning"),
    ("p", "Projektledaren och ekonomienheten stämmer av projektets ekonomi varje månad. Avvikelser på mer "
          "än tio procent i förhållande till budget för en period rapporteras till projektägaren. Kostnader "
          "som inte godkänns av finansiären belastar förvaltningens ordinarie budget."),
    ("h2", "Personal"),
    ("p", "Personal som anställs särskilt för ett projekt anställs i regel på en tidsbegränsad anställning "
          "som inte sträcker sig längre än projektet. Personal som redan är anställd i kommunen och som "
          "arbetar i projektet behåller sin anställning och sin placering."),
    ("h1", "Likviditet"),
    ("p", "De flesta program betalar ut stödet i efterskott. Förvaltningen ska därför planera för att "
          "kunna betala projektets kostnader i upp till ett år innan stödet kommer. Kommunen har i dag ingen "
          "gemensam likviditetsreserv för projekt, men frågan utreds på uppdrag av kommunstyrelsen."),
    ("h1", "Efter projektet"),
    ("p", "När projektet är slut ska projektägaren lämna en kort slutredovisning till nämnden med "
          "projektets resultat, ekonomi och hur resultaten tas om hand. Redovisningen ska också skickas till "
          "den internationella samordnaren, som använder den i lägesbilden till kommunstyrelsen."),
    ("p", "Projektdokumentationen arkiveras enligt programmets regler och kommunens "
          "dokumenthanteringsplan. Om de ger olika besked gäller den längsta tiden."),
    ("h1", "Uppföljning av riktlinjerna"),
    ("p", "Kommunledningskontoret följer upp riktlinjerna vartannat år och föreslår vid behov ändringar. "
          "Nästa uppföljning görs under 2026."),
]

# ---------------------------------------------------------------------------------------------
# 11. Nordic culture funding – English, .docx
# ---------------------------------------------------------------------------------------------

NORDIC_CULTURE = [
    ("title", "Nordic culture funding for municipal libraries, culture schools and arts centres"),
    ("p", "Information sheet from the Culture and Leisure Administration, Alingsås Municipality. "
          "Updated 9 February 2026. It describes the Nordic culture grants that are most relevant for the "
          "municipality's libraries, the culture school (kulturskolan) and the arts centre."),
    ("h1", "Two sources of Nordic culture funding"),
    ("p", "The Nordic Council of Ministers funds culture cooperation through two bodies. The Nordic "
          "Culture Fund (Nordisk kulturfond) supports artistic projects with a Nordic dimension. Nordic "
          "Culture Point (Kulturkontakt Nord), based in Helsinki, runs several grant programmes, including "
          "the mobility programme for culture and the programme for Nordic-Baltic cooperation."),
    ("p", "Neither of them funds schools' regular teaching. Exchanges between schools are funded by "
          "Nordplus, which is described in a separate guidance note from the Education Administration."),
    ("h1", "The Nordic Culture Fund"),
    ("p", "The Nordic Culture Fund's project grant supports art and culture projects that involve at "
          "least three Nordic countries, or two Nordic countries and one other country. Grants range from "
          "DKK 50,000 to DKK 500,000. The fund has several application rounds a year, and applications "
          "are submitted in the fund's online portal."),
    ("p", "Municipalities may apply, but the fund gives priority to projects where artists and cultural "
          "practitioners are at the centre. A municipal library or arts centre should therefore apply "
          "together with artists or independent groups."),
    ("h1", "Nordic Culture Point"),
    ("h2", "Mobility programme"),
    ("p", "The mobility programme funds travel for artists and cultural workers to other Nordic and "
          "Baltic countries, and network meetings between cultural organisations. Travel grants are "
          "calculated with fixed amounts per journey. The programme has two application rounds a year, in "
          "February and in September."),
    ("h2", "Culture and Art Programme"),
    ("p", "The Culture and Art Programme supports projects that make Nordic and Baltic art and culture "
          "available to more people. Grants can be up to EUR 70,000 and cover no more than 70 per cent of "
          "the project's budget."),
    ("h1", "Examples from Alingsås"),
    ("list", ["The town library received a mobility grant in 2024 for three librarians to visit libraries "
              "in Aarhus and Tampere that work with reading promotion for young people.",
              "The culture school's string orchestra toured Estonia in 2025 with a Nordic-Baltic grant, "
              "together with a music school in Pärnu.",
              "The arts centre Estrad applied in 2025 to the Nordic Culture Fund for a textile art "
              "exhibition with artists from Denmark and Norway; the application was rejected."]),
    ("h1", "Internal procedure"),
    ("olist", ["Discuss the idea with your manager and check that the activity fits the unit's plan.",
               "Contact the international coordinator, who can check which grant fits best.",
               "Write the application. The programmes accept applications in Swedish, Danish, Norwegian and "
               "English.",
               "The head of the Culture and Leisure Administration signs applications over SEK 100,000. "
               "Smaller applications are signed by the unit manager.",
               "Send a copy of the submitted application to the international coordinator."]),
    ("h1", "Reporting"),
    ("p", "Both funders require a final report. The Nordic Culture Fund wants the report within three "
          "months after the end of the project. Nordic Culture Point's deadlines are stated in each "
          "grant decision."),
    ("h1", "Contact"),
    ("p", "The culture strategist at the Culture and Leisure Administration is the contact person for "
          "Nordic culture funding in the municipality and can read drafts before they are submitted."),
]


# ---------------------------------------------------------------------------------------------
# 12. Online job days – guide for managers, English, .docx
# ---------------------------------------------------------------------------------------------

JOBDAYS = [
    ("title", "Taking part in a European Online Job Day – a guide for managers"),
    ("p", "HR department, Alingsås Municipality. Version 2, 19 January 2026. This guide complements the "
          "web page on recruiting from abroad with EURES and explains how a unit prepares for a digital "
          "recruitment fair."),
    ("h1", "What is an online job day?"),
    ("p", "A European Online Job Day is a digital recruitment fair organised within the EURES network. "
          "Employers present themselves in a virtual stand, publish vacancies and hold short chat or video "
          "interviews with candidates. Candidates register in advance and can apply for the vacancies "
          "directly on the event platform."),
    ("p", "Job days are usually arranged for a specific sector or region, for example health care in the "
          "Nordic countries or teachers from southern Europe. An event normally lasts one day, but the "
          "platform is open for applications for one or two weeks before and after."),
    ("h1", "Before the event"),
    ("h2", "Registration"),
    ("p", "HR registers the municipality as an employer on the event platform. A unit that wants to take "
          "part must tell HR at least four weeks before the event, so that the vacancies can be approved by "
          "the organiser in time. The unit provides:"),
    ("list", ["a short description of the workplace in English",
              "the vacancies, with requirements for education, licence and language",
              "the names of the managers and staff who will take part in the interviews",
              "photos of the workplace, if possible with staff who have agreed to be photographed"]),
    ("h2", "Preparing the interviews"),
    ("p", "Interviews at a job day are short, usually 15 minutes. Prepare five or six questions that show "
          "whether the candidate meets the basic requirements, and leave the in-depth questions for the "
          "second interview. Make sure that at least one person on the interview panel is comfortable "
          "interviewing in English."),
    ("p", "Candidates often ask about housing, schools for their children, the Swedish language and "
          "salaries. HR prepares an information sheet about moving to Alingsås that can be shared in the "
          "chat. Do not promise anything that is not in the municipality's offer, for example a specific "
          "salary or a permanent flat."),
    ("h1", "During the event"),
    ("p", "The unit's representatives log in to the platform from a quiet room with a stable connection. "
          "HR staffs the municipality's stand all day and forwards candidates to the units. Each "
          "representative should plan for between six and ten interviews during the day."),
    ("p", "Take notes in the assessment template from HR directly after each interview. The template has "
          "a scale from 1 to 5 for language, professional experience and motivation."),
    ("h1", "After the event"),
    ("olist", ["Within one week, the unit goes through the notes and chooses the candidates for a second "
               "interview.",
               "HR sends all candidates who were interviewed an answer, also those who are not taken further.",
               "The candidates on the shortlist are invited to a second interview, by video or in Alingsås.",
               "HR checks references and the status of the candidate's licence or recognition.",
               "The manager decides on the offer together with HR."]),
    ("p", "Candidates who are not chosen for the current vacancy may be asked whether they want to be "
          "contacted about future vacancies. Their details may only be saved if they agree."),
    ("h1", "Results from earlier events"),
    ("p", "Alingsås Municipality took part in three online job days in 2025. The results are summarised "
          "below."),
    ("table", [["Event", "Date", "Interviews", "Employed"],
               ["Nordic Health Jobs Online", "13 March 2025", "27", "2 nurses"],
               ["Teachers for Sweden Online", "9 October 2025", "18", "1 special needs teacher"],
               ["Engineering Careers Europe", "20 November 2025", "11", "1 civil engineer"]]),
    ("p", "The experience is that job days give many contacts but that relatively few candidates meet the "
          "language requirements. Engineers, who can start in English, were the easiest to recruit."),
    ("h1", "Costs"),
    ("p", "Taking part in an online job day is free for employers. The only cost for the unit is the "
          "staff's time. If the unit invites candidates to Alingsås for a second interview, the unit pays "
          "their travel."),
]

# ---------------------------------------------------------------------------------------------
# 13. Wolfsbrück – stadsinformation, Swedish, .pdf
# ---------------------------------------------------------------------------------------------

WOLFSBRUCK_INFO = [
    ("title", "Wolfsbrück – information om vår vänskapsstad"),
    ("p", "Informationsblad från kultur- och fritidsförvaltningen till skolor, föreningar och "
          "tjänstepersoner som ska besöka Wolfsbrück eller ta emot besök därifrån. Senast uppdaterat "
          "februari 2026."),
    ("h1", "Staden"),
    ("p", "Wolfsbrück ligger i förbundslandet Brandenburg vid floden Havel, väster om Berlin. Staden har "
          "omkring 38 000 invånare och är centralort i ett landsbygdsområde med jordbruk, skog och många "
          "sjöar. Resan från Berlin Hauptbahnhof tar ungefär en timme med regionaltåg."),
    ("p", "Stadens historia går tillbaka till 1200-talet, då en bro över Havel och en marknadsplats växte "
          "fram. Under 1800-talet blev Wolfsbrück känt för sina väverier och klädfabriker, och den gamla "
          "textilfabriken vid floden är i dag ett kulturhus med bibliotek, musikskola och utställningar. "
          "Textilhistorien är en av anledningarna till att kontakterna med Alingsås har blivit så goda."),
    ("h1", "Förvaltningen"),
    ("p", "Wolfsbrück styrs av ett stadsfullmäktige (Stadtrat) och en direktvald borgmästare. "
          "Stadsförvaltningen är indelad i ämbeten (Ämter), bland annat för skola och idrott, kultur, "
          "stadsplanering och socialt arbete. Stadens energibolag, Stadtwerke Wolfsbrück, ägs av staden och "
          "levererar el, fjärrvärme och vatten."),
    ("p", "Partnerskapsansvarig i stadsförvaltningen är Alingsås kontaktperson för alla frågor om "
          "samarbetet. Kontakten sker i första hand via vänskapssamordnaren i Alingsås."),
    ("h1", "Skolor och föreningar"),
    ("p", "Wolfsbrück har sju grundskolor (Grundschulen), två gymnasieskolor (Gymnasien) och en "
          "yrkesskola. Engelska är obligatoriskt från årskurs 3. Många skolor har erfarenhet av utbyten med "
          "Polen och Frankrike."),
    ("p", "Föreningslivet är rikt, med bland annat en handbollsklubb i den regionala ligan, flera körer och "
          "en frivillig brandkår med ungdomsavdelning. Den frivilliga brandkåren har haft ett utbyte med "
          "Räddningstjänsten Alingsås-Vårgårda sedan 2021."),
    ("h1", "Praktiska råd inför besök"),
    ("list", ["Kontanter används oftare än i Sverige. Många mindre butiker och kaféer tar inte kort.",
              "Butiker har stängt på söndagar.",
              "Vid officiella möten används ofta titlar och efternamn. Vänta med att använda förnamn tills "
              "värden föreslår det.",
              "Mötena börjar på utsatt tid.",
              "Ta med europeiskt sjukförsäkringskort."]),
    ("h1", "Att resa till Wolfsbrück"),
    ("p", "Det går att resa med tåg från Alingsås till Wolfsbrück via Köpenhamn och Hamburg eller via "
          "Malmö och nattåget till Berlin. Resan tar mellan elva och fjorton timmar. Flyg går från Göteborg "
          "till Berlin, och därifrån tar man regionaltåget. Grupper med ungdomar reser ofta med buss och "
          "färja via Trelleborg och Rostock."),
    ("h1", "Språk"),
    ("p", "Tyska är det språk som används i staden. I stadsförvaltningen och bland yngre personer talar "
          "många engelska. Vid officiella ceremonier och vid möten med föreningar eller skolelever anlitar "
          "värdstaden en tolk mellan svenska och tyska."),
]


# ---------------------------------------------------------------------------------------------
# 14. Evenemangsbidrag 2026 – beslut, Swedish, .docx
# ---------------------------------------------------------------------------------------------

EVENEMANG = [
    ("title", "Internationella evenemangsbidrag 2026 – kultur- och fritidsnämndens beslut"),
    ("p", "Utdrag ur protokoll från kultur- och fritidsnämndens sammanträde 2026-01-28, § 9. Ärendet "
          "bereddes av kultur- och fritidsförvaltningen."),
    ("h1", "Ärendet"),
    ("p", "Kultur- och fritidsnämnden fördelar varje år internationella evenemangsbidrag till föreningar "
          "som arrangerar ungdomsturneringar och andra ungdomsevenemang med deltagare från flera länder. "
          "Bidraget ska göra det lättare för föreningarna att ta emot lag från andra länder och stärka "
          "Alingsås som evenemangsort."),
    ("p", "Nämnden har för 2026 avsatt 200 000 kr till internationella evenemangsbidrag. Sex ansökningar "
          "kom in före sista ansökningsdag. Sökt belopp var sammanlagt 318 000 kr."),
    ("h1", "Bedömning"),
    ("p", "Förvaltningen har bedömt ansökningarna utifrån nämndens riktlinjer: antal deltagande länder, "
          "antal ungdomar, föreningens erfarenhet av att arrangera evenemang, budgetens rimlighet och hur "
          "evenemanget bidrar till ungas internationella kontakter. Två ansökningar uppfyllde inte kravet på "
          "lag från minst tre länder."),
    ("p", "Förvaltningen konstaterar att Mjörn Youth Cup är den i särklass största turneringen och att "
          "arrangörerna har lång erfarenhet. Turneringen föreslås få det högsta möjliga bidraget."),
    ("h1", "Beslut"),
    ("p", "Kultur- och fritidsnämnden beslutar att fördela internationella evenemangsbidrag för 2026 enligt "
          "följande:"),
    ("table", [["Förening", "Evenemang", "Sökt belopp", "Beviljat belopp"],
               ["Alingsås HK Ungdom och Alingsås IBK", "Mjörn Youth Cup, juli 2026", "75 000 kr",
                "75 000 kr"],
               ["Alingsås Simsällskap", "Nordic Junior Swim Meet, maj 2026", "60 000 kr", "45 000 kr"],
               ["Alingsås Schackklubb", "Mjörn Open för unga, oktober 2026", "28 000 kr", "28 000 kr"],
               ["Alingsås Orienteringsklubb", "Skogsmulle Cup International, augusti 2026", "55 000 kr",
                "40 000 kr"],
               ["Alingsås Judoklubb", "Vänskapsturnering med två länder", "40 000 kr", "0 kr"],
               ["Föreningen Dansa i Alingsås", "Dansfestival med deltagare från Sverige och Norge",
                "60 000 kr", "0 kr"]]),
    ("p", "Sammanlagt beviljas 188 000 kr. Återstående 12 000 kr överförs till nämndens "
          "föreningsbidrag för innevarande år."),
    ("p", "Ansökningarna från Alingsås Judoklubb och Föreningen Dansa i Alingsås avslås, eftersom "
          "evenemangen inte har deltagare från minst tre länder."),
    ("h1", "Villkor"),
    ("list", ["Bidraget betalas ut enligt nämndens riktlinjer, med en första del efter beslutet och "
              "resten när slutredovisningen har kommit in.",
              "Föreningen ska i sin marknadsföring ange att evenemanget stöds av Alingsås kommun.",
              "Föreningen ska följa kommunens regler för skolförläggning och räddningstjänstens krav.",
              "Om evenemanget ställs in ska föreningen snarast meddela förvaltningen."]),
    ("h1", "Reservation"),
    ("p", "Ledamoten Anders Nyqvist reserverade sig mot beslutet att avslå ansökan från Alingsås "
          "Judoklubb och ansåg att nämnden borde göra ett undantag för mindre föreningar."),
    ("p", "Beslutet expedieras till de sökande föreningarna och till kultur- och fritidsförvaltningens "
          "evenemangssamordnare."),
]

# ---------------------------------------------------------------------------------------------
# 15. ESF+ in Sweden – overview, English, .pdf
# ---------------------------------------------------------------------------------------------

ESF_OVERVIEW = [
    ("title", "The European Social Fund Plus in Sweden – an overview for municipal managers"),
    ("p", "Briefing from the Municipal Executive Office, Alingsås Municipality, April 2026. It gives "
          "managers a general picture of ESF+ so that they can judge whether a project idea might fit. "
          "The handbook of the project Steget vidare describes the rules in a running project."),
    ("h1", "What ESF+ is"),
    ("p", "The European Social Fund Plus is the EU's main fund for investing in people. It supports "
          "employment, education and skills, and social inclusion. ESF+ is part of the EU's cohesion "
          "policy and runs for the period 2021–2027."),
    ("p", "In Sweden, the fund is managed by the Swedish ESF Council (Svenska ESF-rådet), which publishes "
          "calls for proposals, assesses applications, pays out grants and follows up projects. The "
          "national ESF+ programme is divided into programme areas, of which the following are most "
          "relevant for municipalities:"),
    ("list", ["strengthening people's position in the labour market",
              "skills supply and lifelong learning",
              "social inclusion of people far from the labour market",
              "measures against material deprivation, for example support to the most deprived"]),
    ("h1", "How calls work"),
    ("p", "ESF+ money is distributed through calls for proposals. Each call describes what kind of "
          "projects can be funded, who may apply and how much money is available. Calls are published on "
          "the ESF Council's website and are often regional, which means that only organisations in a "
          "certain region can apply. The international coordinator sends out information when a call that "
          "is relevant for the municipality is published."),
    ("p", "Applications are assessed in competition. The ESF Council uses assessment criteria that are "
          "stated in each call, for example the project's relevance to the target group, the quality of the "
          "activities and the organisation's capacity to run the project."),
    ("h1", "Who can apply"),
    ("p", "Municipalities, regions, government agencies, associations, foundations and companies can "
          "apply. Many projects are run by municipalities together with Arbetsförmedlingen and "
          "associations. A project can include several cooperation partners, but one organisation is the "
          "project owner and is responsible for the project towards the ESF Council."),
    ("h1", "What it means for a municipality"),
    ("p", "An ESF+ project requires careful administration. The project must register participants, "
          "report costs and results and keep all documents for several years after the project has ended. "
          "Many municipalities underestimate the work needed for reporting. A project of Steget vidare's "
          "size needs an administrator for at least half of a full-time position."),
    ("p", "ESF+ projects often use simplified cost options, which means that only some costs are "
          "reported in detail while others are covered by a flat rate. This reduces the administration but "
          "requires that the staff costs are well documented."),
    ("h1", "ESF+ compared with other funds"),
    ("table", [["Fund", "Main focus", "Target group"],
               ["ESF+", "Employment, skills, social inclusion", "Everyone, regardless of citizenship"],
               ["AMIF", "Asylum, migration and integration", "Third-country nationals only"],
               ["Interreg ÖKS", "Cross-border cooperation", "Organisations in Sweden, Denmark and Norway"]]),
    ("p", "A project for newly arrived persons can be funded by ESF+ or AMIF. If the project also wants to "
          "reach people who are EU citizens or Swedish citizens, ESF+ is the right choice."),
    ("h1", "Steps before applying"),
    ("olist", ["Describe the need and the target group, with statistics if possible.",
               "Talk to the international coordinator about which call might fit.",
               "Contact possible cooperation partners, for example Arbetsförmedlingen.",
               "Make a rough budget and check how the municipality's own share will be financed.",
               "Follow the municipality's guidelines for externally funded projects."]),
    ("h1", "Common mistakes"),
    ("p", "Experience from ESF+ projects in the region shows that a few mistakes are made again and again. "
          "Avoiding them saves time and money:"),
    ("list", ["Starting activities before the participants have been registered, so that their results "
              "cannot be counted.",
              "Unclear time reporting for staff who work only part of their time in the project.",
              "Changing the project's activities or staff without asking the ESF Council first.",
              "Forgetting the EU emblem on material and in advertisements.",
              "Underestimating the time needed to recruit participants at the start of the project."]),
    ("p", "Most of these mistakes can be avoided if the project has an administrator from the start and "
          "if the project manager has taken the municipality's training in project finance."),
    ("h1", "After the project"),
    ("p", "An ESF+ project is meant to test new ways of working. When the project ends, the project owner "
          "should decide which methods are to be kept in the ordinary organisation and how they will be "
          "financed. The ESF Council asks about this already in the application, and a project with a "
          "clear plan for what happens afterwards is assessed more favourably."),
    ("h1", "Contact"),
    ("p", "The international coordinator at the Municipal Executive Office gives advice on ESF+ and "
          "other EU funds. The project manager of Steget vidare is happy to share experience from running "
          "an ESF+ project in Alingsås."),
]


# ---------------------------------------------------------------------------------------------
# 16. Årshjul för EU-program och nätverk 2026 – Swedish, .docx
# ---------------------------------------------------------------------------------------------

ARSHJUL = [
    ("title", "Årshjul 2026 för EU-program, nordiska program och internationella nätverk"),
    ("p", "Arbetsmaterial från den internationella samordnaren, kommunledningskontoret. Årshjulet samlar "
          "de viktigaste datumen under 2026 för kommunens förvaltningar. Datum för programmens egna "
          "ansökningsomgångar kan ändras; kontrollera alltid på programmets webbplats innan du planerar."),
    ("h1", "Så använder du årshjulet"),
    ("p", "Årshjulet är ordnat månad för månad. För varje datum anges vad som ska vara klart och vem som "
          "ansvarar. Interna datum ligger ofta flera veckor före programmets sista dag, eftersom ansökningar "
          "ska hinna godkännas inom kommunen."),
    ("h1", "Januari"),
    ("list", ["Januari: skolorna slutför sina Nordplus-ansökningar enligt utbildningsförvaltningens "
              "anvisning.",
              "15 januari: förslag på aktiviteter med Wolfsbrück skickas till vänskapssamordnaren.",
              "15 januari: bokningen av idrottshallar för sommarens turneringar öppnar.",
              "31 januari: lägesrapport och ansökan om utbetalning för AMIF-projektet till Migrationsverket."]),
    ("h1", "Februari"),
    ("list", ["1 februari: sista dag för ansökningar till Nordplus.",
              "2 februari: vårens ansökningsomgång i Interreg ÖKS öppnar.",
              "15 februari: lägesrapporten för ESF+-projektet Steget vidare lämnas till ESF-rådet."]),
    ("h1", "Mars"),
    ("list", ["15 mars: sista dag för Leaderansökningar inför vårens behandling i LAG.",
              "18 mars: Nordic Nurses Online Job Day (HR och socialförvaltningen).",
              "Mars: klimatstrategen samlar in uppgifter om klimatåtgärderna från förvaltningarna.",
              "Mars: lägesbilden över internationella projekt redovisas för kommunstyrelsen."]),
    ("h1", "April och maj"),
    ("list", ["29 april: vårens ansökningsomgång i Interreg ÖKS stänger.",
              "30 april: anmälan till ungdomsutbytet med Wolfsbrück stänger.",
              "30 april: ansökan om utbetalning för kvartal 1 i Steget vidare.",
              "1 maj: beställning av måltider till sommarens turneringar hos måltidsservice.",
              "15 maj: enhetscheferna inom äldreomsorgen går igenom handlingsplanen vid värmebölja."]),
    ("h1", "Juni–augusti"),
    ("list", ["Juni: besked om Nordplus-ansökningarna brukar ha kommit.",
              "Juli: sommarens internationella ungdomsturneringar.",
              "30 juli: ansökan om utbetalning för kvartal 2 i Steget vidare.",
              "31 juli: lägesrapport för AMIF-projektet till Migrationsverket.",
              "3–9 augusti: ungdomsutbyte i Wolfsbrück.",
              "31 augusti: höstens ansökningsomgång i Interreg ÖKS öppnar."]),
    ("h1", "September–december"),
    ("list", ["15 september: sista dag för Leaderansökningar inför höstens behandling i LAG.",
              "23 september: styrgruppen för Wolfsbrück-samarbetet möts i Alingsås.",
              "7 oktober: European Job Day för lärare.",
              "30 oktober: ansökan om utbetalning för kvartal 3 i Steget vidare.",
              "18 november: höstens ansökningsomgång i Interreg ÖKS stänger.",
              "December: föreningar söker internationellt evenemangsbidrag för nästa års turneringar."]),
    ("h1", "Återkommande uppgifter"),
    ("p", "Utöver datumen ovan finns uppgifter som återkommer under hela året. Den internationella "
          "samordnaren skickar ut ett nyhetsbrev om nya utlysningar ungefär en gång i månaden och håller "
          "förteckningen över pågående projekt uppdaterad. Förvaltningarna ska meddela samordnaren när de "
          "lämnar in en ansökan med internationell finansiering."),
    ("p", "Har du frågor om ett datum i årshjulet, kontakta den internationella samordnaren."),
]

# ---------------------------------------------------------------------------------------------
# 17. Programme for the Wolfsbrück delegation – English, .pdf
# ---------------------------------------------------------------------------------------------

DELEGATION = [
    ("title", "Programme for the visit of the Wolfsbrück delegation, 21–24 September 2026"),
    ("p", "Prepared by the friendship coordinator, Culture and Leisure Administration, Alingsås "
          "Municipality. Final version, 14 September 2026. The programme is in English because it is "
          "shared with the guests."),
    ("h1", "About the visit"),
    ("p", "A delegation from Wolfsbrück visits Alingsås from Monday 21 to Thursday 24 September 2026. The "
          "visit combines the autumn meeting of the joint steering group with study visits related to the "
          "areas of cooperation in the friendship agreement. The delegation consists of ten persons, "
          "including the mayor of Wolfsbrück and an interpreter."),
    ("p", "The guests stay at Hotel Scandic Alingsås. Alingsås Municipality as host pays for "
          "accommodation, meals and local transport during the visit; the guests pay their own journey to "
          "and from Alingsås."),
    ("h1", "Monday 21 September"),
    ("list", ["15.30 Arrival by train at Alingsås station. Welcome by the friendship coordinator.",
              "16.30 Check-in at the hotel.",
              "18.30 Welcome dinner at Nolhaga Slott, hosted by the chair of the municipal executive board."]),
    ("h1", "Tuesday 22 September"),
    ("list", ["09.00 Visit to Stadsskogenskolan: lessons in year 5 with the pupils who write to the Grundschule "
              "am Markt.",
              "11.30 Lunch in the school restaurant.",
              "13.00 Visit to the fire station in Alingsås and demonstration of rescue equipment.",
              "15.30 Guided walk in the old town: wooden houses and the textile history of Alingsås.",
              "18.00 Free evening."]),
    ("h1", "Wednesday 23 September"),
    ("list", ["09.00–12.00 Meeting of the joint steering group in the City Hall.",
              "12.15 Lunch with the steering group.",
              "13.30 Study visit at Alingsås Energi: district heating and the solar park.",
              "16.00 Meeting with associations that are interested in exchanges with Wolfsbrück.",
              "19.00 Concert with Alingsås chamber choir in Christinae church."]),
    ("h1", "Thursday 24 September"),
    ("list", ["09.00 Visit to the culture school and the music school.",
              "11.00 Summary of the visit and farewell.",
              "12.45 Departure by train from Alingsås station."]),
    ("h1", "Practical information"),
    ("p", "All transport during the visit is by minibus from the municipality's car pool or on foot. The "
          "interpreter translates between German and Swedish at the school visit, at the meeting with "
          "associations and at the welcome dinner. The steering group meeting is held in English."),
    ("p", "The contact person during the visit is the friendship coordinator. In case of illness or "
          "emergency, call 112."),
]


# ---------------------------------------------------------------------------------------------
# 18. Leader Sjö och Skog – strategisammanfattning, Swedish, .docx
# ---------------------------------------------------------------------------------------------

LEADER_STRATEGI = [
    ("title", "Lokal utvecklingsstrategi för Leader Sjö och Skog 2023–2027 – sammanfattning"),
    ("p", "Sammanfattning för förvaltningarna i Alingsås kommun, framtagen av näringslivsenheten. Den "
          "fullständiga strategin finns hos Leaderkontoret. Sammanfattningen beskriver området, målen och "
          "hur strategin följs upp."),
    ("h1", "Området"),
    ("p", "Leader Sjö och Skog omfattar landsbygden och de mindre tätorterna i Alingsås, Lerum, Vårgårda "
          "och Herrljunga. Området präglas av sjöar, skogar och jordbruksbygd, men också av närheten till "
          "Göteborg. Många invånare pendlar till arbete i Göteborgsregionen, samtidigt som det finns ett "
          "starkt lokalt engagemang i bygdegårdsföreningar, hembygdsföreningar och idrottsföreningar."),
    ("p", "I Alingsås kommun ingår bland annat Sollebrunn, Ödenäs, Hemsjö, Bjärke, Ingared och Långared i "
          "Leaderområdet. Centralorten Alingsås ingår inte, eftersom Leader är till för landsbygden."),
    ("h1", "Analys"),
    ("p", "Strategin bygger på en analys av områdets styrkor, svagheter, möjligheter och hot som togs "
          "fram tillsammans med invånare, föreningar och företag under 2022. Omkring 350 personer deltog i "
          "workshoppar och i en enkät."),
    ("list", ["Styrkor: natur och sjöar, ett rikt föreningsliv och närhet till en storstadsregion",
              "Svagheter: minskande service i de mindre orterna, dålig kollektivtrafik och få mötesplatser "
              "för unga",
              "Möjligheter: ökat intresse för natur- och friluftsturism, lokal mat och distansarbete",
              "Hot: att unga flyttar, att föreningarna får svårt att hitta ledare och att bygdegårdar "
              "förfaller"]),
    ("h1", "Mål och indikatorer"),
    ("p", "Strategin har mål som följs upp med indikatorer. Målen för hela perioden 2023–2027 är:"),
    ("table", [["Indikator", "Mål 2027"],
               ["Nya eller utvecklade mötesplatser", "15"],
               ["Nya arbetstillfällen", "30"],
               ["Projekt där unga är med och bestämmer", "10"],
               ["Nya eller förbättrade besöksmål", "12"],
               ["Projekt med fokus på lokal energi eller klimat", "6"]]),
    ("p", "Målen gäller för hela Leaderområdet och inte för varje kommun för sig."),
    ("h1", "Urvalskriterier"),
    ("p", "När ansökningar bedöms används urvalskriterier som ger poäng. Projekt får högre poäng om de:"),
    ("list", ["bidrar till flera av strategins insatsområden",
              "har ett brett lokalt stöd, till exempel samverkan mellan flera föreningar",
              "involverar unga eller personer som är nya i bygden",
              "har en plan för hur verksamheten kan leva vidare efter projektet",
              "bidrar till minskad klimatpåverkan"]),
    ("h1", "Samverkan mellan fonderna"),
    ("p", "Leader Sjö och Skog finansieras i första hand av landsbygdsprogrammet. Området har valt att "
          "inte använda regionalfonden eller socialfonden inom Leader under den här perioden, eftersom "
          "det skulle göra administrationen mer komplicerad för de små projekten."),
    ("h1", "Uppföljning"),
    ("p", "Leaderkontoret rapporterar måluppfyllelsen till Jordbruksverket varje år. En halvtidsutvärdering "
          "gjordes under 2025 och visade att målen för mötesplatser och unga ligger väl till, medan målet "
          "för nya arbetstillfällen är svårare att nå. Kommunerna får en sammanfattning av "
          "årsrapporten."),
    ("h1", "Vad innebär strategin för kommunen?"),
    ("p", "Kommunens förvaltningar kan använda strategin när de planerar insatser på landsbygden, till "
          "exempel i översiktsplaneringen och i arbetet med service på landsbygden. Näringslivsenheten "
          "rekommenderar att förvaltningarna stämmer av större landsbygdssatsningar med "
          "landsbygdsutvecklaren, så att de kan samordnas med Leaderprojekten."),
]

# ---------------------------------------------------------------------------------------------
# 19. Partner fact sheet – English, .pdf
# ---------------------------------------------------------------------------------------------

FACTSHEET = [
    ("title", "Alingsås Municipality – fact sheet for project partners"),
    ("p", "Prepared by the Municipal Executive Office for partners in Denmark, Norway and other countries "
          "who are considering a joint project with Alingsås. Edition 2026."),
    ("h1", "The municipality"),
    ("p", "Alingsås is a municipality in Västra Götaland in western Sweden, 45 kilometres north-east of "
          "Gothenburg. The municipality has around 42,000 inhabitants, of whom about 30,000 live in the "
          "town of Alingsås. The rest live in smaller villages and in the countryside around the lakes "
          "Mjörn, Anten and Ömmern."),
    ("p", "The town is known for its wooden old town, its café culture and its history as the birthplace "
          "of the Swedish textile industry in the 18th century. Today the largest employers are the "
          "municipality itself, the regional hospital and a number of small and medium-sized companies in "
          "manufacturing and services."),
    ("h1", "Organisation"),
    ("p", "The municipality is governed by the municipal council, which has 51 members, and the municipal "
          "executive board. The administration is organised in administrations for education, social "
          "services, culture and leisure, planning and building, and the Municipal Executive Office. The "
          "municipality also owns companies for housing, energy and real estate."),
    ("h1", "Experience of international projects"),
    ("p", "Alingsås has taken part in projects funded by Interreg, the European Social Fund Plus, the "
          "Asylum, Migration and Integration Fund, Nordplus and Leader. Recent examples include a "
          "cross-border project on small lakes with partners in Denmark and Norway and an ESF+ project for "
          "young adults. The municipality prefers to take part as a project partner and has limited "
          "experience of leading large international projects."),
    ("h1", "Areas of interest"),
    ("p", "The municipality is particularly interested in cooperation on:"),
    ("list", ["water quality, stormwater and climate adaptation",
              "vocational training and skills supply in health care and education",
              "integration of newly arrived persons",
              "sustainable tourism around lakes and nature areas",
              "health equity and health-promoting urban planning"]),
    ("h1", "Practical information for partners"),
    ("p", "Meetings in Alingsås can be held in the City Hall or at the municipality's premises for "
          "conferences. The town is 35 minutes by bus from Göteborg Landvetter Airport and has frequent "
          "train connections to Gothenburg and Stockholm. Most staff involved in international projects "
          "speak English, and many understand Danish and Norwegian."),
    ("p", "The first point of contact for new partners is the international coordinator at the Municipal "
          "Executive Office, who forwards the enquiry to the right administration."),
]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def write_docx(blocks, path: Path) -> None:
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            document.core_properties.title = value
            document.add_heading(value, level=0)
        elif kind in ("h1", "h2"):
            document.add_heading(value, level=int(kind[1]))
        elif kind in ("list", "olist"):
            style = "List Bullet" if kind == "list" else "List Number"
            for item in value:
                document.add_paragraph(item, style=style)
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, value):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        elif kind == "pagebreak":
            document.add_page_break()
        else:
            document.add_paragraph(value)
    document.save(str(path))


def write_pdf(blocks, path: Path, running_header: str, page_word: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=14),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=12,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=9),
        "item": ParagraphStyle("item", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=2,
                               leftIndent=14, firstLineIndent=-10),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
    }

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, running_header)
        canvas.drawString(A4[0] / 2 - 15, 30, f"{page_word} {doc.page}")
        canvas.restoreState()

    story = []
    for kind, value in blocks:
        if kind == "list":
            story += [Paragraph("\u2013 " + item, styles["item"]) for item in value]
            story.append(Spacer(1, 8))
        elif kind == "olist":
            story += [Paragraph(f"{n}. " + item, styles["item"]) for n, item in enumerate(value, 1)]
            story.append(Spacer(1, 8))
        elif kind == "table":
            width = (A4[0] - 144) / len(value[0])
            cells = [[Paragraph(text, styles["cell"]) for text in row] for row in value]
            table = Table(cells, hAlign="LEFT", colWidths=[width] * len(value[0]))
            table.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 12)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(value, styles[kind]))
    SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1], topMargin=72, bottomMargin=60).build(
        story, onFirstPage=header_footer, onLaterPages=header_footer)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(ESF, folder / "esf-plus-projekthandbok-steget-vidare.docx")
    write_docx(NORDPLUS, folder / "nordplus-funding-schools-adult-education.docx")
    write_docx(TOURNAMENT, folder / "hosting-international-youth-tournament.docx")
    write_pdf(INTERREG, folder / "interreg-oks-vagledning.pdf",
              "Alingsås kommun – Vägledning Interreg Öresund-Kattegat-Skagerrak", "Sida")
    write_pdf(COVENANT, folder / "covenant-of-mayors-briefing.pdf",
              "Alingsås Municipality – Covenant of Mayors briefing note", "Page")
    write_pdf(WOLFSBRUCK_PROTOKOLL, folder / "styrgrupp-wolfsbruck-protokoll-2026.pdf",
              "Vänskapssamarbetet Alingsås–Wolfsbrück – Styrgruppens protokoll", "Sida")
    write_docx(LAGESBILD, folder / "lagesbild-internationella-projekt-2025.docx")
    write_pdf(INTERREG_PM, folder / "pm-interreg-program-for-alingsas.pdf",
              "Alingsås kommun – Kommunledningskontoret – PM", "Sida")
    write_docx(RESERAPPORT, folder / "reserapport-studieresa-utrecht-2025.docx")
    write_pdf(PROJEKTRIKTLINJER, folder / "riktlinjer-externt-finansierade-projekt.pdf",
              "Alingsås kommun – Riktlinjer för externt finansierade projekt", "Sida")
    write_docx(NORDIC_CULTURE, folder / "nordic-culture-funding.docx")
    write_docx(JOBDAYS, folder / "online-job-days-guide-for-managers.docx")
    write_pdf(WOLFSBRUCK_INFO, folder / "wolfsbruck-stadsinformation.pdf",
              "Kultur- och fritidsförvaltningen – Wolfsbrück", "Sida")
    write_docx(EVENEMANG, folder / "evenemangsbidrag-2026-beslut.docx")
    write_pdf(ESF_OVERVIEW, folder / "esf-plus-overview-for-managers.pdf",
              "Alingsås Municipality – ESF+ overview", "Page")
    write_docx(ARSHJUL, folder / "arshjul-2026-eu-program-och-natverk.docx")
    write_pdf(DELEGATION, folder / "wolfsbruck-delegation-programme-2026.pdf",
              "Alingsås Municipality – Visit of the Wolfsbrück delegation", "Page")
    write_docx(LEADER_STRATEGI, folder / "leader-sjo-och-skog-strategi-sammanfattning.docx")
    write_pdf(FACTSHEET, folder / "fact-sheet-for-project-partners.pdf",
              "Alingsås Municipality – Fact sheet for project partners", "Page")
    print(f"wrote 19 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
