"""Writes the Word and PDF documents of evaluation part tune-o into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's work with EU rules, European events and
inclusion for an evaluation corpus. People, phone numbers, amounts, companies and internal rules are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-o/make_docs.py

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
# D1. Konstgräsplaner och mikroplastbegränsningen – svenska, .docx
# ---------------------------------------------------------------------------------------------

KONSTGRAS = [
    ("title", "Åtgärdsplan för kommunens konstgräsplaner och EU:s begränsning av mikroplast"),
    ("p", "Kultur- och fritidsförvaltningen, Alingsås kommun. Antagen av kultur- och fritidsnämnden 2026-04-21, "
          "§ 38. Diarienummer KFN 2026/0112. Planen gäller 2026–2031 och följs upp varje år i december."),
    ("h1", "1. Bakgrund"),
    ("p", "Den 25 september 2023 beslutade EU-kommissionen om en begränsning av avsiktligt tillsatt mikroplast "
          "enligt kemikalieförordningen Reach, förordning (EU) 2023/2055. Begränsningen omfattar bland annat det "
          "lösa gummigranulat som används som fyllning i konstgräsplaner. Från den 17 oktober 2031 får sådant "
          "granulat inte längre släppas ut på marknaden. Befintliga planer får användas även efter det datumet, men "
          "det går då inte att köpa nytt granulat för påfyllning."),
    ("p", "Varje fullstor konstgräsplan tappar flera ton granulat om året genom snöröjning, dränering och "
          "spelare som bär med sig granulat i skor och kläder. Granulatet hamnar i dagvatten, i Säveån och till "
          "sist i havet. Kommunen vill därför ställa om i god tid och inte vänta till 2031."),
    ("h1", "2. Kommunens konstgräsplaner"),
    ("p", "Kommunen äger nio konstgräsplaner. Sex av dem har fyllning av gummigranulat från återvunna däck "
          "(SBR), två har fyllning av kork och sand och en är ofylld."),
    ("table", [["Plan", "Storlek", "Fyllning", "Anlagd", "Planerad åtgärd"],
               ["Nolhaga IP, plan 1", "Elva mot elva", "SBR-granulat", "2014", "Byte till ofylld matta 2027"],
               ["Nolhaga IP, plan 2", "Elva mot elva", "Kork och sand", "2021", "Ingen åtgärd"],
               ["Bjärkevallen", "Elva mot elva", "SBR-granulat", "2016", "Byte till korkfyllning 2028"],
               ["Sollebrunns IP", "Sju mot sju", "SBR-granulat", "2012", "Byte till ofylld matta 2029"],
               ["Ängabo spontanyta", "Fem mot fem", "Ofylld", "2022", "Ingen åtgärd"],
               ["Gräfsnäs IP", "Sju mot sju", "SBR-granulat", "2015", "Granulatbarriärer 2026, byte senast 2031"],
               ["Östlyckevallen", "Elva mot elva", "SBR-granulat", "2018", "Granulatbarriärer 2026, byte senast 2031"],
               ["Hemsjö IP", "Sju mot sju", "SBR-granulat", "2013", "Granulatbarriärer 2026, byte senast 2031"],
               ["Stadsskogens skolplan", "Fem mot fem", "Kork och sand", "2023", "Ingen åtgärd"]]),
    ("p", "År 2025 fyllde kommunen på 14 ton nytt SBR-granulat på de sex planerna. Målet är att påfyllningen ska "
          "vara högst 5 ton år 2028."),
    ("h1", "3. Åtgärder för att minska spridningen"),
    ("p", "Fram till att planerna byts gäller följande åtgärder på alla planer med granulat:"),
    ("list", ["Granulatbarriärer av sarg och galler runt planen, så att granulat inte följer med ut.",
              "Borststationer vid alla utgångar där spelarna borstar av skor och benskydd.",
              "Filterbrunnar i dagvattenbrunnarna närmast planen, som töms två gånger per år.",
              "Snö från planerna läggs på en särskild upplagsyta med duk och får aldrig tippas i Säveån eller "
              "på grönytor.",
              "Föreningarna ska inte själva köpa eller fylla på granulat. Påfyllning görs bara av kommunens "
              "anläggningsskötare."]),
    ("h1", "4. Så går ett byte av fyllning till"),
    ("olist", ["Fritidsstrategen tar fram ett underlag med planens skick och de föreningar som använder den.",
               "Berörda föreningar bjuds in till ett samrådsmöte minst sex månader före bytet.",
               "Upphandlingsenheten upphandlar entreprenaden. Det gamla granulatet ska tas om hand som avfall "
               "och får inte säljas vidare.",
               "Bytet görs under sommaruppehållet, normalt mellan midsommar och mitten av augusti.",
               "Efter bytet mäts stötdämpningen enligt standarden EN 15330 innan planen öppnas igen."]),
    ("h1", "5. Kostnader"),
    ("p", "Ett byte till ofylld matta kostar cirka 3,2 miljoner kronor för en fullstor plan. Ett byte till "
          "korkfyllning i befintlig matta kostar cirka 1,4 miljoner kronor, men korken behöver fyllas på oftare. "
          "Granulatbarriärer och borststationer kostar ungefär 180 000 kr per plan. Nämnden har avsatt "
          "sammanlagt 9,5 miljoner kronor i investeringsbudgeten för 2026–2029."),
    ("h1", "6. Frågor och svar"),
    ("h2", "Blir det sämre att spela på en ofylld matta?"),
    ("p", "Ofyllda mattor är hårdare och lite snabbare. Elitlicensierade matcher kräver fortfarande en fylld plan, "
          "och därför behålls en plan med korkfyllning på Nolhaga IP."),
    ("h2", "Får föreningar ta med eget granulat?"),
    ("p", "Nej. Allt granulat köps och fylls på av kommunen, så att mängden kan följas upp."),
    ("h1", "7. Kontakt"),
    ("p", "Ansvarig för planen är fritidsstrategen Jessica Holm på kultur- och fritidsförvaltningen."),
]

# ---------------------------------------------------------------------------------------------
# D2. Tillgänglighetslagen – svenska, .docx
# ---------------------------------------------------------------------------------------------

TILLGANGLIGHET = [
    ("title", "Tillgänglighetslagen och kommunens e-tjänster, automater och biljettförsäljning"),
    ("p", "Vägledning från digitaliseringsenheten, kommunledningskontoret. Version 2, 2026-02-16. Vägledningen "
          "riktar sig till verksamheter som köper in eller ansvarar för digitala tjänster och självbetjäningsautomater."),
    ("h1", "Två regelverk"),
    ("p", "Kommunen omfattas av två regelverk om digital tillgänglighet som bygger på EU-direktiv:"),
    ("list", ["Lagen om tillgänglighet till digital offentlig service (DOS-lagen), som genomför "
              "webbtillgänglighetsdirektivet (EU) 2016/2102. Den gäller kommunens webbplatser, intranät och "
              "appar. Myndigheten för digital förvaltning (Digg) är tillsynsmyndighet.",
              "Lagen om vissa produkters och tjänsters tillgänglighet, i vardagligt tal tillgänglighetslagen, som "
              "genomför tillgänglighetsdirektivet (EU) 2019/882, European Accessibility Act. Lagen gäller sedan "
              "den 28 juni 2025 och omfattar bland annat e-handel, biljettförsäljning och självbetjäningsterminaler "
              "som biljett- och betalautomater."]),
    ("p", "För kommunen betyder tillgänglighetslagen framför allt att webbshopen hos Visit Alingsås, "
          "biljettförsäljningen till Alingsås teater och kommunens betalautomater för parkering ska vara "
          "tillgängliga. Kraven hänvisar till den europeiska standarden EN 301 549, som i sin tur bygger på WCAG 2.1 "
          "nivå AA."),
    ("h1", "Kommunens automater"),
    ("p", "Självbetjäningsterminaler som togs i bruk före den 28 juni 2025 får användas till slutet av sin "
          "ekonomiska livslängd, dock högst 20 år efter att de togs i bruk. Nya automater som köps in ska uppfylla "
          "kraven från första dagen."),
    ("table", [["Typ av automat", "Antal", "Varav köpta före 28 juni 2025", "Plan"],
               ["Parkeringsautomater", "14", "6", "De sex äldsta byts ut 2026–2027"],
               ["Självbetjäningsautomater på biblioteken", "5", "5", "Byts när leasingavtalet går ut 2028"],
               ["Biljettautomat på Nolhagabadet", "1", "0", "Uppfyller kraven"],
               ["Betalterminaler i simhallskaféet", "2", "2", "Byts 2027"]]),
    ("h1", "Krav vid inköp"),
    ("p", "Alla upphandlingar av e-tjänster, webbshoppar och automater ska innehålla krav på tillgänglighet "
          "enligt EN 301 549. Leverantören ska lämna en tillgänglighetsrapport före avtalsstart. "
          "Digitaliseringsenheten granskar kraven innan upphandlingen annonseras."),
    ("h1", "Steg för steg när du ska köpa en ny digital tjänst"),
    ("olist", ["Kontakta digitaliseringsenheten minst tre månader innan upphandlingen ska annonseras.",
               "Fyll i checklistan för digital tillgänglighet tillsammans med en tillgänglighetssamordnare.",
               "Ta med kraven i förfrågningsunderlaget och begär en tillgänglighetsrapport.",
               "Testa tjänsten med skärmläsare och tangentbord innan den tas i bruk.",
               "Publicera eller uppdatera tillgänglighetsredogörelsen samma dag som tjänsten lanseras."]),
    ("h1", "Undantag"),
    ("p", "Mikroföretag som tillhandahåller tjänster, det vill säga företag med färre än tio anställda och en "
          "omsättning på högst två miljoner euro, är undantagna från tjänstekraven i tillgänglighetslagen. "
          "Undantaget gäller inte kommunen själv. En verksamhet kan också åberopa oskälig börda, men det kräver "
          "en dokumenterad bedömning som ska godkännas av kommunjuristen och förnyas vart femte år."),
    ("h1", "Synpunkter och klagomål"),
    ("p", "Den som inte kan använda en av kommunens digitala tjänster kan meddela det via formuläret i "
          "tillgänglighetsredogörelsen. Digitaliseringsenheten svarar inom tio arbetsdagar. Under 2025 kom 37 "
          "synpunkter, varav 21 gällde pdf-filer som inte gick att läsa med skärmläsare."),
    ("h1", "Kontakt"),
    ("p", "Frågor om digital tillgänglighet besvaras av tillgänglighetssamordnaren Oskar Nyberg på "
          "digitaliseringsenheten."),
]

# ---------------------------------------------------------------------------------------------
# D3. Solceller och laddpunkter – byggnadsdirektivet, svenska, .docx
# ---------------------------------------------------------------------------------------------

EPBD = [
    ("title", "PM: Det omarbetade byggnadsdirektivet – solenergi och laddpunkter på kommunens byggnader"),
    ("p", "Fastighetsenheten, samhällsbyggnadsförvaltningen. PM till kommunstyrelsens arbetsutskott 2026-05-26. "
          "Diarienummer KS 2026/0231."),
    ("h1", "Sammanfattning"),
    ("p", "EU:s omarbetade direktiv om byggnaders energiprestanda, direktiv (EU) 2024/1275, ska vara genomfört i "
          "svensk rätt senast den 29 maj 2026. Direktivet ställer särskilda krav på offentliga byggnader, som ska "
          "gå före. För kommunen handlar det främst om solenergianläggningar på tak, om laddinfrastruktur vid "
          "parkeringar och om att nya offentliga byggnader ska vara nollutsläppsbyggnader från 2028."),
    ("h1", "Krav på solenergi"),
    ("p", "Om det är tekniskt lämpligt och ekonomiskt och funktionellt genomförbart ska offentliga byggnader "
          "förses med solenergianläggningar enligt följande tidplan:"),
    ("list", ["Nya offentliga byggnader och nya andra byggnader med en användbar golvyta över 250 m²: senast "
              "den 31 december 2026.",
              "Befintliga offentliga byggnader med en användbar golvyta över 2 000 m²: senast den 31 december 2027.",
              "Befintliga offentliga byggnader över 750 m²: senast den 31 december 2028.",
              "Befintliga offentliga byggnader över 250 m²: senast den 31 december 2030."]),
    ("h2", "Kommunens byggnader"),
    ("p", "Fastighetsenheten förvaltar 41 byggnader med en användbar golvyta över 250 m². Av dem är 17 större än "
          "2 000 m², och 9 har redan solceller. Av de åtta stora byggnaderna utan solceller bedömer enheten "
          "att sex går att förse med solceller, medan taken på Kulturhuset och Stadshuset inte är lämpliga av "
          "kulturmiljöskäl."),
    ("table", [["Grupp", "Antal byggnader", "Med solceller i dag", "Senast enligt direktivet"],
               ["Över 2 000 m²", "17", "9", "31 december 2027"],
               ["750–2 000 m²", "15", "3", "31 december 2028"],
               ["250–750 m²", "9", "0", "31 december 2030"]]),
    ("p", "Investeringen för de sex stora byggnader som kan få solceller beräknas till 12,6 miljoner kronor. "
          "Med dagens elpriser är återbetalningstiden omkring 11 år."),
    ("h1", "Laddpunkter"),
    ("p", "Direktivet kräver att befintliga byggnader som inte är bostäder och som har fler än 20 "
          "parkeringsplatser senast den 1 januari 2027 har minst en laddpunkt per tio parkeringsplatser. För "
          "byggnader som ägs eller används av offentliga organ ska dessutom minst hälften av platserna vara "
          "förberedda med kanalisation för laddning senast den 1 januari 2033."),
    ("p", "Kommunen har elva parkeringar vid egna verksamhetsbyggnader med fler än 20 platser, sammanlagt 684 "
          "platser. I dag finns 38 laddpunkter. För att klara kravet behövs minst 69 laddpunkter, alltså 31 nya. "
          "Kostnaden beräknas till 1,9 miljoner kronor, eller ungefär 61 000 kr per laddpunkt inklusive "
          "markarbeten."),
    ("h1", "Nollutsläppsbyggnader"),
    ("p", "Från den 1 januari 2028 ska alla nya byggnader som ägs av offentliga organ vara nollutsläppsbyggnader. "
          "För andra nya byggnader gäller kravet från 2030. Det påverkar den nya förskolan i Stadsskogen, som "
          "enligt tidplanen får bygglov hösten 2027 och därför ska projekteras som en nollutsläppsbyggnad."),
    ("h1", "Förslag till beslut"),
    ("olist", ["Fastighetsenheten får i uppdrag att ta fram en solcellsplan för alla byggnader över 2 000 m² "
               "senast den 30 november 2026.",
               "Investeringsbudgeten för 2027 utökas med 12,6 miljoner kronor för solceller.",
               "31 nya laddpunkter byggs under 2026 inom befintlig ram för laddinfrastruktur."]),
    ("p", "Handläggare: energistrategen Karin Öberg, fastighetsenheten."),
]

# ---------------------------------------------------------------------------------------------
# D4. Europeisk julmarknad – svenska, .docx
# ---------------------------------------------------------------------------------------------

JULMARKNAD = [
    ("title", "Projektplan: Europeisk julmarknad på Stora torget 2026"),
    ("p", "Näringslivsenheten och Visit Alingsås. Fastställd av näringslivschefen 2026-06-03. Projektledare: "
          "Lina Ahlgren."),
    ("h1", "Syfte"),
    ("p", "Julmarknaden har ordnats på Stora torget sedan 1998. Inför 2026 breddas den till en europeisk "
          "julmarknad där hantverkare och matproducenter från andra europeiska länder får sälja sida vid sida med "
          "lokala handlare. Syftet är att locka fler besökare till stadskärnan en helg då handeln annars är svag "
          "och att visa upp kommunens europeiska kontakter."),
    ("h1", "Tid och plats"),
    ("p", "Marknaden hålls lördagen den 5 december och söndagen den 6 december 2026, klockan 11.00–17.00 båda "
          "dagarna, på Stora torget och i Stadsparkens norra del. Invigningen sker lördag klockan 11.00 med "
          "Lucia från Alströmergymnasiet."),
    ("h1", "Stånd och avgifter"),
    ("p", "Det finns 40 stånd. Tolv av dem är reserverade för handlare från andra länder än Sverige. Ett stånd är "
          "3 × 3 meter och hyrs för båda dagarna."),
    ("table", [["Avgift", "Belopp", "Kommentar"],
               ["Ståndsplats, båda dagarna", "1 200 kr", "Samma avgift för svenska och utländska handlare"],
               ["Ståndsplats, ideell förening", "400 kr", "Gäller föreningar med säte i kommunen"],
               ["Elanslutning", "250 kr", "Högst 2 kW per stånd"],
               ["Hyra av marknadsstånd med tak", "600 kr", "Begränsat antal, först till kvarn"],
               ["Registrering av tillfällig livsmedelsverksamhet", "0 kr", "Ingen avgift för julmarknaden 2026"]]),
    ("h1", "Ansökan"),
    ("p", "Ansökan görs i kommunens e-tjänst för torghandel, som även finns på engelska. Sista dag att ansöka är "
          "den 15 oktober 2026. Besked om plats lämnas senast den 1 november. Utländska handlare väljs ut av en "
          "jury med representanter för näringslivsenheten, Visit Alingsås och Handelsföreningen."),
    ("h1", "Regler för livsmedel"),
    ("list", ["Den som säljer livsmedel ska registrera verksamheten hos miljö- och hälsoskydd senast två veckor "
              "före marknaden, alltså senast den 21 november 2026.",
              "Det ska finnas möjlighet att tvätta händerna i eller intill ståndet.",
              "Kylvaror ska hålla högst 8 °C. Varm mat ska hålla minst 60 °C.",
              "Alkoholhaltiga drycker, till exempel glögg med alkohol, får inte säljas eller serveras. "
              "Alkoholfri glögg får säljas."]),
    ("h1", "Moms och skatt för utländska handlare"),
    ("p", "Handlare från andra länder som säljer varor i Sverige ska som regel registrera sig för moms hos "
          "Skatteverket. Näringslivsenheten ger inga skatteråd men skickar Skatteverkets engelska informationsblad "
          "till alla utländska handlare tillsammans med beskedet om plats."),
    ("h1", "Budget"),
    ("p", "Projektets budget är 180 000 kr, varav 90 000 kr från näringslivsenhetens budget, 48 000 kr från "
          "ståndsavgifter och 42 000 kr från Handelsföreningen. Den största utgiften är scen, ljud och ljus, som "
          "beräknas till 55 000 kr."),
    ("h1", "Tidplan"),
    ("table", [["Datum", "Aktivitet"],
               ["1 september 2026", "E-tjänsten öppnar för ansökningar"],
               ["15 oktober 2026", "Sista ansökningsdag"],
               ["1 november 2026", "Besked om plats"],
               ["21 november 2026", "Sista dag för registrering av livsmedelsverksamhet"],
               ["4 december 2026", "Uppbyggnad av stånd från klockan 15.00"],
               ["5–6 december 2026", "Julmarknaden"]]),
]

# ---------------------------------------------------------------------------------------------
# D5. Single Digital Gateway – English, .docx
# ---------------------------------------------------------------------------------------------

SDG = [
    ("title", "The Single Digital Gateway and our e-services: guidance for web editors and service owners"),
    ("p", "Digitalisation Unit, Alingsås Municipality. Approved by the Chief Digital Officer on 9 March 2026."),
    ("h1", "What the Single Digital Gateway is"),
    ("p", "The Single Digital Gateway Regulation, Regulation (EU) 2018/1724, gives people and businesses from "
          "other EU countries online access to information, procedures and assistance services. The entry point "
          "is the Your Europe portal, which links to national and local pages. Since 12 December 2020 the "
          "information requirements have applied, and since 12 December 2023 a list of 21 key procedures must be "
          "available fully online for cross-border users."),
    ("p", "Most of the 21 procedures are handled by national authorities, such as registering a car, applying "
          "for a pension or registering a business. The municipality is mainly affected by the information "
          "requirements and by the quality criteria for its pages."),
    ("h1", "Which of our pages are covered"),
    ("p", "The municipality has identified 23 pages on alingsas.se that are linked from Your Europe through "
          "the Swedish national catalogue. They cover, among other things:"),
    ("list", ["starting a business that needs a municipal permit, such as serving food or alcohol",
              "building permits and notifications",
              "preschool and school places for children who move to Alingsås",
              "parking permits for people with disabilities",
              "waste collection and water charges for new residents"]),
    ("h1", "Quality criteria"),
    ("p", "A covered page must meet the quality criteria of the regulation. In practice this means:"),
    ("olist", ["The page is available in English as well as Swedish.",
               "The page states any fees, deadlines and the expected processing time.",
               "The page names a contact point with an e-mail address or a web form.",
               "The page shows when it was last updated.",
               "The page links to the Your Europe user feedback tool."]),
    ("h1", "Annual review"),
    ("p", "Each covered page has a named service owner. The service owner checks the Swedish and the English "
          "version every year by 31 March and confirms the check to the Digitalisation Unit. If the English page "
          "has not been updated within 30 days of a change to the Swedish page, the unit removes the link from "
          "the national catalogue until the English page is correct."),
    ("h1", "Translation"),
    ("p", "English versions are translated by the municipality's framework supplier. The cost is paid centrally "
          "by the Digitalisation Unit, up to SEK 40,000 a year in total. Machine translation may be used for a "
          "first draft, but the text must always be checked by the supplier before it is published."),
    ("h1", "User feedback"),
    ("p", "The user feedback tool collects anonymous comments from users in other countries. The European "
          "Commission sends the municipality's comments to the national coordinator, the Swedish Agency for "
          "Digital Government, once a year. In 2025 the municipality received 12 comments, of which seven were "
          "about missing English information on building permits."),
    ("h1", "Contact"),
    ("p", "Questions about the Single Digital Gateway are answered by Daniel Forsberg, web editor at the "
          "Digitalisation Unit."),
]

# ---------------------------------------------------------------------------------------------
# D6. Romsk inkludering – svenska, .docx
# ---------------------------------------------------------------------------------------------

ROMSK = [
    ("title", "Handlingsplan för romsk inkludering 2026–2028"),
    ("p", "Socialförvaltningen och barn- och ungdomsförvaltningen. Antagen av kommunstyrelsen 2026-01-27, § 14."),
    ("h1", "1. Utgångspunkter"),
    ("p", "Romer är en av Sveriges fem nationella minoriteter, och romani chib är ett nationellt minoritetsspråk. "
          "Enligt lagen om nationella minoriteter och minoritetsspråk ska kommunen skydda och främja språket och "
          "kulturen och ge minoriteten möjlighet till inflytande i frågor som berör dem."),
    ("p", "Planen tar också stöd i EU:s strategiska ram för romers jämlikhet, inkludering och deltagande "
          "2020–2030, som Sverige har anslutit sig till. Ramen har sju mål: jämlikhet, inkludering och deltagande "
          "samt lika tillgång till utbildning, sysselsättning, hälsa och bostäder."),
    ("h1", "2. Nuläge"),
    ("p", "Det finns ingen officiell statistik över hur många romer som bor i kommunen. Romska föreningen i "
          "Alingsås uppskattar att det är mellan 300 och 400 personer. Läsåret 2025/2026 får 23 elever "
          "modersmålsundervisning i romani chib, i varieteterna arli och kalderash."),
    ("h1", "3. Brobyggare"),
    ("p", "Kommunen har tre romska brobyggare. Två arbetar inom barn- och ungdomsförvaltningen och stöttar elever, "
          "vårdnadshavare och skolpersonal. En arbetar inom socialförvaltningen och hjälper familjer i kontakter "
          "med socialtjänsten, arbetsförmedlingen och vården. Brobyggarna har gått Högskolan Dalarnas "
          "utbildning för brobyggare."),
    ("p", "Brobyggarna är inte tolkar och fattar inga beslut. De får inte delta i utredningar inom "
          "socialtjänsten utan familjens samtycke."),
    ("h1", "4. Mål och åtgärder"),
    ("table", [["Område", "Mål 2028", "Åtgärd", "Ansvarig"],
               ["Utbildning", "Närvaron bland romska elever i grundskolan ska vara minst 90 procent",
                "Brobyggare i skolan, läxhjälp två kvällar i veckan", "Barn- och ungdomsförvaltningen"],
               ["Arbete", "Tio personer per år ska få arbete eller börja studera",
                "Samarbete med arbetsmarknadsenheten och kommunala praktikplatser", "Arbetsmarknadsenheten"],
               ["Hälsa", "Alla romska familjer ska känna till barnavårdscentralens och vårdcentralens uppdrag",
                "Informationsträffar tillsammans med regionen", "Socialförvaltningen"],
               ["Språk och kultur", "Ett utbud av kulturaktiviteter på romani chib varje år",
                "Internationella romadagen 8 april och sagostunder på biblioteket", "Kultur- och fritidsförvaltningen"],
               ["Inflytande", "Samråd med romska företrädare minst fyra gånger per år",
                "Samrådsgrupp med Romska föreningen", "Kommunledningskontoret"]]),
    ("h1", "5. Samråd"),
    ("p", "Samrådsgruppen träffas fyra gånger per år, i februari, maj, september och november. I gruppen ingår "
          "fyra representanter för Romska föreningen i Alingsås, brobyggarna och samordnaren för romsk "
          "inkludering. Representanterna får arvode enligt kommunens regler för samråd, 600 kr per möte."),
    ("h1", "6. Ekonomi"),
    ("p", "Arbetet kostar cirka 1,6 miljoner kronor per år, främst lönerna för brobyggarna. Kommunen får 450 000 "
          "kr per år i statsbidrag från Länsstyrelsen i Stockholms län för romsk inkludering. Resten finansieras "
          "inom förvaltningarnas budgetar."),
    ("h1", "7. Uppföljning"),
    ("p", "Samordnaren för romsk inkludering, Nadja Berglund på socialförvaltningen, sammanställer en "
          "uppföljning till kommunstyrelsen varje år i mars."),
]

# ---------------------------------------------------------------------------------------------
# D7. CSRD – English, .docx
# ---------------------------------------------------------------------------------------------

CSRD = [
    ("title", "Briefing: the Corporate Sustainability Reporting Directive and the municipal companies"),
    ("p", "Prepared by the group finance function for the board of Alingsås Stadshus AB, 2 June 2026."),
    ("h1", "Purpose"),
    ("p", "This briefing explains whether the municipal companies must publish sustainability reports under the "
          "Corporate Sustainability Reporting Directive (CSRD), Directive (EU) 2022/2464, and what the "
          "postponement decided in 2025 means for the timetable."),
    ("h1", "The rules in brief"),
    ("p", "The CSRD replaced the earlier rules on non-financial reporting. Companies in scope must report "
          "according to the European Sustainability Reporting Standards (ESRS), based on a double materiality "
          "assessment, and the report must be checked by an auditor. In Sweden the rules are in the Annual "
          "Accounts Act."),
    ("p", "Under the original directive, a large company was one that exceeded two of three thresholds: 250 "
          "employees, a net turnover of EUR 50 million and a balance sheet total of EUR 25 million. Such companies "
          "would have reported for the financial year 2025. In April 2025 the EU adopted the so-called "
          "stop-the-clock directive, Directive (EU) 2025/794, which postponed reporting for this second wave by "
          "two years, to the financial year 2027."),
    ("p", "In the Omnibus simplification package the EU has also agreed to raise the threshold to more than "
          "1,000 employees and a net turnover of more than EUR 450 million. When that change has been "
          "transposed into Swedish law, none of the municipal companies will be in scope."),
    ("h1", "The companies"),
    ("table", [["Company", "Employees", "Net turnover", "Balance sheet total", "Large under the original rules?"],
               ["Alingsås Energi Nät AB", "210", "SEK 690 million (about EUR 60 million)",
                "SEK 1.7 billion", "Yes, all three thresholds"],
               ["AB Alingsåshem", "95", "SEK 410 million (about EUR 36 million)",
                "SEK 3.2 billion", "No, only one threshold"],
               ["Alingsås Parkerings AB", "6", "SEK 22 million", "SEK 180 million", "No"]]),
    ("p", "Alingsås Energi Nät AB would therefore have had to report for 2027 under the stop-the-clock timetable, "
          "with the first report published in spring 2028. With the Omnibus thresholds it falls outside the "
          "directive."),
    ("h1", "Recommendation"),
    ("list", ["Do not start a full ESRS report now. Wait for the Swedish transposition of the Omnibus changes, "
              "which is expected in 2026.",
              "All three companies should instead use the voluntary standard for small and medium-sized "
              "enterprises (VSME) from the financial year 2026, so that banks, Kommuninvest and owners get "
              "comparable figures.",
              "Alingsås Energi Nät AB keeps its climate accounting under the GHG Protocol, which it has done since "
              "2019."]),
    ("h1", "Costs"),
    ("p", "A full first ESRS report for Alingsås Energi Nät AB was estimated at SEK 1.8 million including the "
          "double materiality assessment, plus about SEK 400,000 a year for the auditor's assurance. A VSME "
          "report is estimated at SEK 150,000 per company the first year."),
    ("h1", "Contact"),
    ("p", "Helena Strand, sustainability manager at Alingsås Energi, leads the joint working group for "
          "sustainability reporting in the municipal group."),
]

# ---------------------------------------------------------------------------------------------
# P1. Radon i skolor och förskolor – svenska, .pdf
# ---------------------------------------------------------------------------------------------

RADON = [
    ("title", "Radonmätningar i kommunens skolor och förskolor – rapport för mätsäsongen 2025/2026"),
    ("p", "Fastighetsenheten i samarbete med miljö- och hälsoskydd. Rapport 2026-06-10."),
    ("h1", "Bakgrund"),
    ("p", "Radon är en radioaktiv gas som bildas i marken och kan tränga in i byggnader. Långvarig exponering "
          "ökar risken för lungcancer. EU:s strålskyddsdirektiv, rådets direktiv 2013/59/Euratom, kräver att "
          "medlemsstaterna har referensnivåer för radon på arbetsplatser och i bostäder. I Sverige är "
          "referensnivån 200 becquerel per kubikmeter luft (Bq/m³), både på arbetsplatser och i lokaler där "
          "allmänheten vistas, till exempel skolor och förskolor."),
    ("h1", "Hur mätningen görs"),
    ("p", "Mätningarna görs med spårfilmsdosor under eldningssäsongen, mellan den 1 oktober och den 30 april. "
          "Dosorna ska sitta i minst två månader. Varje byggnad mäts i minst två rum per våningsplan i kontakt med "
          "marken. Dosorna analyseras av ett ackrediterat laboratorium."),
    ("h1", "Resultat 2025/2026"),
    ("p", "Under mätsäsongen 2025/2026 mättes 22 byggnader: 9 skolor och 13 förskolor. I fyra byggnader låg "
          "årsmedelvärdet över referensnivån 200 Bq/m³. Det högsta värdet, 460 Bq/m³, uppmättes i källarplanet på "
          "Rödsjöskolan. Övriga tre byggnader med förhöjda värden var Tuvans förskola (310 Bq/m³), "
          "Lyckeskolan (240 Bq/m³) och Ekängens förskola (215 Bq/m³)."),
    ("p", "I 14 byggnader låg värdena under 100 Bq/m³. Mediantalet för alla mätta byggnader var 85 Bq/m³."),
    ("h1", "Åtgärder"),
    ("p", "När en mätning visar mer än 200 Bq/m³ ska fastighetsenheten åtgärda lokalen. Först justeras "
          "ventilationen, eftersom det ofta räcker. Om värdet fortfarande är för högt installeras en radonsug "
          "eller radonbrunn. En radonsug kostar i genomsnitt 85 000 kr per byggnad. Efter åtgärden görs en ny "
          "mätning under nästa eldningssäsong."),
    ("p", "Källarplanet på Rödsjöskolan, där slöjdsalen ligger, stängdes för undervisning den 4 maj 2026 och "
          "öppnas igen först när en ny mätning visar under 200 Bq/m³. Ventilationen i de övriga tre byggnaderna "
          "justerades under maj 2026."),
    ("h1", "Information till personal och vårdnadshavare"),
    ("p", "Rektor eller förskolechef informerar personal och vårdnadshavare skriftligt om resultatet inom två "
          "veckor efter att fastighetsenheten har fått svaret från laboratoriet. Mätvärdena för alla byggnader "
          "publiceras på intranätet."),
    ("h1", "Plan för kommande mätningar"),
    ("p", "Alla skolor och förskolor ska mätas om vart tionde år och alltid efter en ombyggnad som påverkar "
          "ventilationen eller grunden. Under mätsäsongen 2026/2027 mäts de återstående 16 skolorna och 25 "
          "förskolorna. Kostnaden för dosor och analys är cirka 450 kr per dosa."),
    ("p", "Kontaktperson för mätningarna är miljösamordnaren Sofie Granqvist på fastighetsenheten. Frågor om "
          "tillsyn besvaras av miljö- och hälsoskyddsinspektören Ahmed Karimi."),
]

# ---------------------------------------------------------------------------------------------
# P2. Clean Vehicles Directive – English, .pdf
# ---------------------------------------------------------------------------------------------

CLEAN_VEHICLES = [
    ("title", "The Clean Vehicles Directive in our procurements of vehicles and transport services"),
    ("p", "Procurement Unit and Fleet Management, Alingsås Municipality. Guidance note, version 1.2, 14 January 2026."),
    ("h1", "What the directive requires"),
    ("p", "The Clean Vehicles Directive, Directive (EU) 2019/1161, sets minimum shares of clean vehicles in "
          "public procurement. It covers purchase, leasing and rental of vehicles, and also contracts for public "
          "transport, refuse collection, school transport for children with special needs and mail and parcel "
          "services. In Sweden the directive has been transposed by a special act on environmental requirements "
          "in procurement of vehicles and certain services."),
    ("p", "The shares are counted for all procurements that a contracting authority awards during a reference "
          "period, not for each single contract. The first period ran from 2 August 2021 to 31 December 2025. The "
          "second period runs from 1 January 2026 to 31 December 2030."),
    ("h1", "Minimum shares for Sweden"),
    ("list", ["Light-duty vehicles (cars and vans): 38.5 per cent in both periods. A clean light-duty vehicle "
              "must emit at most 50 g CO2/km, and from 2026 zero grams.",
              "Trucks: 10 per cent in the first period and 15 per cent in the second period.",
              "Buses: 45 per cent in the first period and 65 per cent in the second period. Half of the clean "
              "buses must be zero-emission buses."]),
    ("h1", "The municipal fleet"),
    ("p", "The municipality has 212 vehicles: 164 cars and vans, 31 trucks and work machines registered as "
          "trucks, and 17 minibuses. In the first reference period the municipality procured 58 light-duty "
          "vehicles, of which 41 were clean, which is a share of 71 per cent. The fleet policy goes further than "
          "the directive: all new cars and vans shall be fully electric unless the fleet manager grants an "
          "exception."),
    ("h1", "Transport services"),
    ("p", "The largest procurement in the second period is school transport. The current contract ends on 15 "
          "August 2027. The new contract is worth about SEK 96 million over four years and covers 38 vehicles, "
          "of which 22 are buses. At least 65 per cent of the buses used in the contract must be clean, and at "
          "least half of those zero-emission."),
    ("p", "Refuse collection is run by the municipality's own waste unit with six refuse trucks, of which two "
          "run on biogas. Since biogas trucks count as clean vehicles, the unit already meets the share for trucks."),
    ("h1", "How to procure a vehicle or a transport service"),
    ("olist", ["Contact the fleet manager before you start. All vehicles are procured through the fleet "
               "management unit, never by a single department.",
               "The fleet manager checks which category the vehicle belongs to and whether the share for the "
               "period is at risk.",
               "The Procurement Unit writes the environmental requirements into the tender documents.",
               "After the award, the Procurement Unit reports the contract to the national procurement "
               "statistics database within 30 days.",
               "The fleet manager updates the follow-up of the shares every quarter."]),
    ("h1", "Reporting"),
    ("p", "Sweden reports to the European Commission every three years. The municipality's figures are collected "
          "through the procurement statistics database, so no separate report is needed. The Procurement Unit "
          "makes an internal summary every year in February."),
    ("p", "Contacts: Tove Ekman, fleet manager, and Mikael Sjöberg, procurement officer for vehicles and "
          "transport."),
]

# ---------------------------------------------------------------------------------------------
# P3. Erasmus+ Sport – English, .pdf
# ---------------------------------------------------------------------------------------------

ERASMUS_SPORT = [
    ("title", "Active Girls Outdoors – Erasmus+ Sport small-scale partnership: application summary"),
    ("p", "Culture and Leisure Department, Alingsås Municipality. Application submitted on 5 March 2026 to the "
          "Swedish National Agency for Erasmus+ (Universitets- och högskolerådet). Internal summary."),
    ("h1", "The project in short"),
    ("p", "Active Girls Outdoors wants to make more girls aged 13–16 stay active in sport and outdoor life. Many "
          "girls leave organised sport in their early teens. The project tests outdoor activities without "
          "competition, led by young female leaders, in three countries."),
    ("h1", "Partners"),
    ("list", ["Alingsås Municipality, Culture and Leisure Department, Sweden (coordinator)",
              "Sigulda Sports School, Latvia",
              "Kamnik Outdoor Association (Planinsko društvo Kamnik), Slovenia"]),
    ("h1", "Small-scale partnerships in sport"),
    ("p", "Small-scale partnerships are a simpler action in Erasmus+ for smaller organisations. The grant is a "
          "lump sum of either EUR 30,000 or EUR 60,000, chosen by the applicant. A partnership needs at least "
          "two organisations from two different programme countries and lasts between 6 and 24 months. "
          "Applications for sport are submitted to the national agency of the coordinator."),
    ("h1", "Budget"),
    ("p", "The project applies for the lump sum of EUR 60,000. The partners have agreed to share it as "
          "follows: Alingsås Municipality EUR 27,000, Sigulda Sports School EUR 18,000 and Kamnik Outdoor "
          "Association EUR 15,000. Alingsås also contributes staff time worth about SEK 120,000, which is not "
          "part of the grant."),
    ("h1", "Activities"),
    ("olist", ["Recruitment of 36 girls, twelve in each country, and six young leaders aged 18–22.",
               "Leader training in Alingsås, three days in February 2027.",
               "Outdoor camp in Kamnik, Slovenia, five days in June 2027.",
               "Outdoor camp at Mjörn, Alingsås, five days in August 2027.",
               "Local weekly activities in all three towns from September 2027 to May 2028.",
               "Final conference and toolkit for sports clubs, online, in June 2028."]),
    ("h1", "Timetable"),
    ("p", "The project is planned to last 18 months, from 1 January 2027 to 30 June 2028. The national agency "
          "announces results in July 2026. If the application is rejected, the project can be resubmitted in the "
          "October round with a later start."),
    ("h1", "Safety and safeguarding"),
    ("p", "All leaders must show an extract from the criminal record (or the partner country's equivalent). At "
          "the camps there must be at least one adult leader per six participants. Guardians sign a consent form "
          "before the girls travel."),
    ("h1", "Organisation"),
    ("p", "Project manager is Emelie Karlsson, development officer at the Culture and Leisure Department. The "
          "steering group consists of one representative per partner and meets online every second month."),
]

# ---------------------------------------------------------------------------------------------
# P4. Avfallstransporter över gränsen – svenska, .pdf
# ---------------------------------------------------------------------------------------------

AVFALLSTRANSPORT = [
    ("title", "Rutin för gränsöverskridande transporter av avfall"),
    ("p", "Renhållningsenheten, samhällsbyggnadsförvaltningen. Fastställd 2026-05-18. Rutinen gäller från den 21 "
          "maj 2026."),
    ("h1", "Varför rutinen behövs"),
    ("p", "En del av det avfall som samlas in på kommunens återvinningscentraler behandlas i andra länder. Alla "
          "sådana transporter styrs av EU:s förordning om transport av avfall, förordning (EU) 2024/1157, som "
          "ersätter den tidigare förordningen från 2006. Den nya förordningen tillämpas från den 21 maj 2026."),
    ("h1", "Två förfaranden"),
    ("p", "Vilket förfarande som gäller beror på vilket avfall det är och vad som ska hända med det:"),
    ("list", ["Avfall på den gröna listan som ska återvinnas, till exempel sorterade textilier, papper och "
              "metallskrot, får transporteras med ett ifyllt bilaga VII-dokument. Något tillstånd behövs inte.",
              "Farligt avfall och blandat avfall kräver ett förhandsanmälningsförfarande. Naturvårdsverket och "
              "myndigheterna i mottagarlandet ska godkänna transporten innan den får påbörjas.",
              "Avfall som ska bortskaffas, till exempel deponeras, får inte föras ut ur EU."]),
    ("p", "Från den 21 maj 2026 ska alla anmälningar och dokument hanteras elektroniskt i EU:s gemensamma system. "
          "Pappersblanketter tas inte längre emot."),
    ("h1", "Kommunens transporter"),
    ("p", "Kommunen har två återkommande flöden till andra länder. Sorterade textilier från "
          "återvinningscentralerna skickas till en sorteringsanläggning i Litauen, 310 ton under 2025. "
          "Tryckimpregnerat trä, som är farligt avfall, skickas till en förbränningsanläggning i Danmark, 1 150 "
          "ton under 2025. Transporterna av impregnerat trä kräver förhandsanmälan."),
    ("h1", "Så gör du en förhandsanmälan"),
    ("olist", ["Renhållningsenheten tecknar avtal med mottagaren. Avtalet ska vara klart innan anmälan lämnas.",
               "Ställ en ekonomisk säkerhet, till exempel en bankgaranti, som täcker kostnaden om transporten "
               "måste tas tillbaka.",
               "Lämna anmälan i det elektroniska systemet. Avgiften till Naturvårdsverket är 15 000 kr per "
               "anmälan.",
               "Vänta på skriftligt medgivande från alla berörda myndigheter. Det tar normalt 30 dagar.",
               "Meddela varje enskild transport i systemet minst tre arbetsdagar innan den avgår.",
               "Mottagaren bekräftar mottagandet inom tre dagar och att avfallet har behandlats inom ett år."]),
    ("p", "Ett medgivande gäller i högst ett år. Kommunen lämnar därför en ny anmälan för impregnerat trä varje "
          "år i februari."),
    ("h1", "Arkivering"),
    ("p", "Bilaga VII-dokument, anmälningar, medgivanden och mottagningsbevis ska sparas i minst tre år. Kommunen "
          "sparar dem i fem år i ärendehanteringssystemet."),
    ("h1", "Om något går fel"),
    ("p", "En transport som har gjorts utan rätt dokument är en olaglig transport. Den ska stoppas och anmälas "
          "till Naturvårdsverket, och kommunen kan bli skyldig att ta tillbaka avfallet på egen bekostnad. "
          "Kontakta alltid avfallsingenjören Robert Hägg om du är osäker."),
]

# ---------------------------------------------------------------------------------------------
# P5. Natura 2000 – svenska, .pdf
# ---------------------------------------------------------------------------------------------

NATURA = [
    ("title", "Natura 2000 i Alingsås – samråd och tillstånd"),
    ("p", "Handbok för handläggare inom samhällsbyggnadsförvaltningen. Framtagen av kommunekologen, 2026-03-02."),
    ("h1", "Vad Natura 2000 är"),
    ("p", "Natura 2000 är EU:s nätverk av skyddade områden. Det bygger på två direktiv: art- och habitatdirektivet "
          "(92/43/EEG) och fågeldirektivet (2009/147/EG). Varje land pekar ut områden som ska skydda vissa "
          "naturtyper och arter. I Sverige beslutar regeringen om områdena, och länsstyrelsen tar fram "
          "bevarandeplaner."),
    ("h1", "Områden i kommunen"),
    ("p", "Det finns fem Natura 2000-områden helt eller delvis inom kommunen:"),
    ("table", [["Område", "Skyddas enligt", "Viktigaste värden", "Areal"],
               ["Stora Ekedalens lövskog", "Art- och habitatdirektivet", "Ädellövskog, läderbagge", "64 hektar"],
               ["Hjälmsjömossen", "Art- och habitatdirektivet", "Högmosse, sileshår", "212 hektar"],
               ["Säveåns nedre lopp", "Art- och habitatdirektivet", "Lax, flodpärlmussla", "38 hektar"],
               ["Tösslebackens betesmarker", "Art- och habitatdirektivet", "Ogödslade betesmarker, slåttermark",
                "17 hektar"],
               ["Mjörnens västra vikar", "Fågeldirektivet", "Häckande fiskgjuse och storlom", "540 hektar"]]),
    ("h1", "När krävs tillstånd?"),
    ("p", "Enligt 7 kap. 28 a § miljöbalken krävs tillstånd från länsstyrelsen för verksamheter och åtgärder som "
          "på ett betydande sätt kan påverka miljön i ett Natura 2000-område. Det gäller även åtgärder utanför "
          "området, till exempel en avverkning uppströms Säveån som ökar slamtransporten i ån. Tillstånd får bara "
          "ges om åtgärden inte skadar de livsmiljöer som ska skyddas och inte medför en betydande störning av "
          "de arter som ska skyddas."),
    ("h1", "Kommunens roll"),
    ("list", ["Vid detaljplaner nära ett Natura 2000-område ska planhandläggaren alltid samråda med kommunekologen "
              "innan planen går ut på samråd.",
              "Vid bygglov inom 200 meter från ett område skickar bygglovshandläggaren ärendet till kommunekologen "
              "för yttrande.",
              "Kommunens egna projekt, till exempel gång- och cykelvägar eller bryggor, ska anmälas till "
              "länsstyrelsen för samråd enligt 12 kap. 6 § miljöbalken.",
              "Kommunen beslutar aldrig själv om Natura 2000-tillstånd."]),
    ("h1", "Steg för ett kommunalt projekt"),
    ("olist", ["Kontrollera i länsstyrelsens karttjänst om projektet ligger i eller nära ett område.",
               "Kontakta kommunekologen, som gör en första bedömning inom två veckor.",
               "Om en betydande påverkan inte kan uteslutas: ta fram en miljökonsekvensbeskrivning och ansök om "
               "tillstånd hos länsstyrelsen.",
               "Räkna med en handläggningstid på fyra till sex månader hos länsstyrelsen.",
               "Vänta med upphandling av entreprenaden tills tillståndet har vunnit laga kraft."]),
    ("h1", "Exempel"),
    ("p", "Den nya bryggan vid Mjörnens västra vikar fick tillstånd 2025 med villkoret att inga arbeten görs "
          "mellan den 1 april och den 31 juli, när fiskgjusen häckar. Prövningen tog fem månader och kostade "
          "kommunen 68 000 kr för konsultens miljökonsekvensbeskrivning."),
    ("p", "Kommunekolog är Ingrid Falk på samhällsbyggnadsförvaltningen."),
]

# ---------------------------------------------------------------------------------------------
# P6. EU:s ungdomsdialog – svenska, .pdf
# ---------------------------------------------------------------------------------------------

UNGDOMSDIALOG = [
    ("title", "EU:s ungdomsdialog i Alingsås 2026 – rapport från ungdomsrådet"),
    ("p", "Ungdomsrådet och fritidsgårdsverksamheten, kultur- och fritidsförvaltningen. Rapport 2026-09-30."),
    ("h1", "Vad ungdomsdialogen är"),
    ("p", "EU:s ungdomsdialog är ett sätt för unga i Europa att påverka EU:s ungdomspolitik. Dialogen pågår i "
          "cykler om 18 månader, och varje cykel har ett tema som bestäms av de tre länder som är ordförande i "
          "EU:s ministerråd under perioden. I Sverige samordnas dialogen av Landsrådet för Sveriges "
          "ungdomsorganisationer (LSU), som samlar in svar från kommuner, föreningar och skolor och lämnar dem "
          "vidare till den europeiska nivån."),
    ("h1", "Vad vi gjorde"),
    ("p", "Ungdomsrådet i Alingsås ordnade tre dialogverkstäder under våren 2026: på fritidsgården Fyren den 11 "
          "mars, på Alströmergymnasiet den 25 mars och på Sollebrunns skola den 15 april. Sammanlagt deltog 64 "
          "unga i åldrarna 13–25 år. Dessutom svarade 212 unga på en webbenkät."),
    ("h1", "Vad de unga sa"),
    ("list", ["Det är svårt att veta vem man ska vända sig till för att påverka, både i kommunen och i EU.",
              "Många vill ha fler möjligheter att resa och studera utomlands, men tycker att information om "
              "DiscoverEU och Erasmus+ kommer för sent.",
              "Psykisk hälsa och ensamhet är den fråga som flest tar upp i enkäten, 58 procent.",
              "Unga på landsbygden upplever att kollektivtrafiken gör det svårt att delta i aktiviteter på kvällen."]),
    ("h1", "Vad händer sedan"),
    ("p", "Resultaten skickades till LSU den 15 maj 2026. Ungdomsrådet presenterade dem också för kommunstyrelsen "
          "den 9 september 2026. Kommunstyrelsen gav kultur- och fritidsförvaltningen i uppdrag att före den 31 "
          "mars 2027 föreslå hur unga på landsbygden kan ta sig till kvällsaktiviteter."),
    ("h1", "Kostnader"),
    ("p", "Dialogverkstäderna kostade 23 500 kr, främst för mat och bussresor. Pengarna togs från ungdomsrådets "
          "budget, som är 75 000 kr per år."),
    ("h1", "Nästa cykel"),
    ("p", "Ungdomsrådet vill delta även i nästa cykel och planerar två dialogverkstäder hösten 2027. Den som vill "
          "vara med kan kontakta ungdomssamordnaren Hampus Lind."),
]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(KONSTGRAS, folder / "konstgrasplaner-mikroplast-atgardsplan.docx")
    write_docx(TILLGANGLIGHET, folder / "tillganglighetslagen-e-tjanster-och-automater.docx")
    write_docx(EPBD, folder / "solceller-och-laddpunkter-byggnadsdirektivet.docx")
    write_docx(JULMARKNAD, folder / "europeisk-julmarknad-2026-projektplan.docx")
    write_docx(SDG, folder / "single-digital-gateway-e-services.docx")
    write_docx(ROMSK, folder / "romsk-inkludering-handlingsplan-2026-2028.docx")
    write_docx(CSRD, folder / "csrd-briefing-municipal-companies.docx")
    write_pdf(RADON, folder / "radon-skolor-och-forskolor-matrapport-2026.pdf",
              "Alingsås kommun – Fastighetsenheten", "Sida")
    write_pdf(CLEAN_VEHICLES, folder / "clean-vehicles-directive-procurement.pdf",
              "Alingsås Municipality – Procurement Unit", "Page")
    write_pdf(ERASMUS_SPORT, folder / "erasmus-sport-active-girls-outdoors.pdf",
              "Alingsås Municipality – Culture and Leisure", "Page")
    write_pdf(AVFALLSTRANSPORT, folder / "avfallstransporter-over-gransen-rutin.pdf",
              "Alingsås kommun – Renhållningsenheten", "Sida")
    write_pdf(NATURA, folder / "natura-2000-samrad-och-tillstand.pdf",
              "Alingsås kommun – Samhällsbyggnadsförvaltningen", "Sida")
    write_pdf(UNGDOMSDIALOG, folder / "eu-ungdomsdialogen-2026-rapport.pdf",
              "Alingsås kommun – Ungdomsrådet", "Sida")
    print(f"wrote 13 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
