"""Writes the Word and PDF documents of evaluation part tune-m into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work for an evaluation
corpus. People, phone numbers, amounts, partner organisations' staff and internal rules are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-m/make_docs.py

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
# D1. Avskogningsförordningen i upphandling – svenska, .docx
# ---------------------------------------------------------------------------------------------

EUDR = [
    ("title", "Avskogningsförordningen (EUDR) – vägledning för upphandling och inköp"),
    ("p", "Upphandlingsenheten, kommunledningskontoret, Alingsås kommun. Version 2, fastställd av "
          "upphandlingschefen 2026-09-07. Ersätter version 1 från mars 2025. Diarienummer KS 2026/0392."),
    ("h1", "1. Vad är avskogningsförordningen?"),
    ("p", "EU:s förordning om avskogningsfria produkter (förordning (EU) 2023/1115), ofta kallad EUDR, ska "
          "minska EU:s bidrag till avskogning och skogsförstörelse i världen. Förordningen gäller sju "
          "råvaror: nötkreatur, kakao, kaffe, oljepalm, gummi, soja och trä. Den gäller också många produkter "
          "som innehåller eller är tillverkade av råvarorna, till exempel läder, choklad, möbler, papper, "
          "pellets, kartong och däck."),
    ("p", "En produkt som omfattas får bara släppas ut på EU-marknaden om den är avskogningsfri, det vill "
          "säga att råvaran inte har producerats på mark som har avskogats efter den 31 december 2020, om den "
          "har producerats i enlighet med lagstiftningen i produktionslandet och om det finns en förklaring om "
          "tillbörlig aktsamhet. Förklaringen lämnas i EU:s informationssystem och får ett referensnummer."),
    ("h1", "2. När börjar reglerna gälla?"),
    ("p", "Förordningen trädde i kraft i juni 2023 men tillämpningen har skjutits upp två gånger, i december "
          "2024 och i december 2025. Enligt den nuvarande tidplanen ska reglerna tillämpas från den 30 december "
          "2026 för stora och medelstora företag och från den 30 juni 2027 för mikroföretag och små företag."),
    ("p", "Vid ändringen i december 2025 förenklades också reglerna för företag i senare led. Det är i första "
          "hand den som först släpper ut produkten på EU-marknaden som ska lämna förklaringen om tillbörlig "
          "aktsamhet. Grossister och återförsäljare ska kunna visa referensnumret men behöver inte lämna en egen "
          "förklaring."),
    ("h1", "3. Berörs kommunen?"),
    ("p", "När kommunen köper varor för att använda dem i den egna verksamheten är kommunen varken "
          "verksamhetsutövare eller handlare enligt förordningen. Ansvaret ligger då på leverantören. Kommunen "
          "har ändå ett intresse av att leverantörerna följer reglerna, eftersom varor som inte uppfyller kraven "
          "kan stoppas och leveranser utebli."),
    ("p", "Om kommunen själv importerar en vara från ett land utanför EU, till exempel när en förvaltning "
          "köper möbler direkt från en tillverkare i Asien, blir kommunen verksamhetsutövare och måste själv "
          "lämna förklaringen om tillbörlig aktsamhet. Sådana direktimporter ska därför alltid stämmas av med "
          "upphandlingsenheten innan beställningen görs."),
    ("h1", "4. Kommunens avtal som berörs"),
    ("p", "Upphandlingsenheten har gått igenom kommunens ramavtal. Följande avtalsområden innehåller varor som "
          "omfattas av förordningen:"),
    ("table", [["Avtalsområde", "Råvara", "Ungefärligt inköpsvärde per år", "Åtgärd"],
               ["Kaffe och te till personalrum och konferenser", "Kaffe", "1,4 miljoner kronor",
                "Ändringsbrev till leverantören"],
               ["Nötkött till skolor och äldreboenden", "Nötkreatur", "9,8 miljoner kronor",
                "Ändringsbrev till leverantören"],
               ["Skol- och kontorsmöbler", "Trä, gummi", "6,2 miljoner kronor",
                "Nya krav i upphandlingen som annonseras i november 2026"],
               ["Kopieringspapper och kuvert", "Trä", "780 000 kr", "Ändringsbrev till leverantören"],
               ["Choklad, kakor och bakverk till caféer", "Kakao, oljepalm", "420 000 kr",
                "Ändringsbrev till leverantören"],
               ["Arbetshandskar och stövlar", "Gummi", "350 000 kr", "Ingen åtgärd, avtalet löper ut i mars 2027"],
               ["Pellets till Ödenäs skolas värmepanna", "Trä", "310 000 kr",
                "Ändringsbrev till leverantören"]]),
    ("p", "Sammanlagt köper kommunen varor som omfattas av förordningen för omkring 19 miljoner kronor per år. "
          "Det största enskilda området är nötkött till måltidsverksamheten."),
    ("h1", "5. Krav i nya upphandlingar"),
    ("p", "Från och med den 1 september 2026 ska alla nya upphandlingar av varor som omfattas av förordningen "
          "innehålla följande krav:"),
    ("list", ["Leverantören ska följa förordningen (EU) 2023/1115 och se till att varorna är avskogningsfria och "
              "lagligt producerade.",
              "Leverantören ska på begäran lämna referensnumret för förklaringen om tillbörlig aktsamhet för de "
              "levererade varorna inom tio arbetsdagar.",
              "Leverantören ska omedelbart meddela kommunen om en vara stoppas av tillsynsmyndigheten eller om "
              "leverantören inte längre kan visa att en vara uppfyller kraven.",
              "Kommunen får säga upp avtalet i förtid om leverantören vid upprepade tillfällen inte kan visa "
              "referensnummer."]),
    ("p", "För avtal som redan gäller skickar upphandlingsenheten ett ändringsbrev med motsvarande krav. "
          "Ändringsbreven ska vara undertecknade av leverantörerna senast den 30 november 2026."),
    ("h1", "6. Uppföljning"),
    ("p", "Upphandlingsenheten gör stickprov två gånger per år, i februari och i september. Vid varje "
          "stickprov begärs referensnummer från tre leverantörer. Det första stickprovet görs i februari 2027. "
          "Resultatet redovisas i upphandlingsenhetens årsrapport."),
    ("p", "Leverantörerna ska enligt förordningen spara förklaringarna och underlagen i fem år. Kommunen "
          "sparar svaren från stickproven i avtalsakten under avtalets löptid och två år därefter."),
    ("h2", "Riskklassning av länder"),
    ("p", "EU-kommissionen har delat in alla länder i tre riskklasser: låg risk, normal risk och hög risk. "
          "Samtliga EU-länder, och därmed Sverige, har låg risk. För varor från länder med låg risk gäller en "
          "förenklad tillbörlig aktsamhet. Belarus, Myanmar, Nordkorea och Ryssland har klassats som länder med "
          "hög risk. Kommunen köper inga varor som omfattas av förordningen från de länderna."),
    ("h1", "7. Vanliga frågor"),
    ("h2", "Omfattas begagnade möbler?"),
    ("p", "Nej, enligt upphandlingsenhetens bedömning omfattas inte möbler som köps begagnade via kommunens "
          "återbruksportal, eftersom de redan har släppts ut på marknaden. Förordningen gäller inte heller "
          "produkter som helt har tillverkats av material som har använts färdigt och annars skulle ha blivit "
          "avfall."),
    ("h2", "Omfattas förpackningarna?"),
    ("p", "Förpackningar som bara används för att skydda eller bära en annan vara omfattas inte. En kartong "
          "som säljs som egen vara, till exempel flyttkartonger, omfattas däremot."),
    ("h2", "Gäller förordningen kaffe som vi köper på ett vanligt café under en resa?"),
    ("p", "Nej. Förordningen ställer krav på företag som släpper ut varor på marknaden, inte på den som köper "
          "en kopp kaffe. Vägledningen gäller kommunens avtal och beställningar."),
    ("h2", "Vad gör jag om en leverantör säger att en vara inte längre kan levereras?"),
    ("p", "Kontakta upphandlingsenheten samma dag. Upphandlingsenheten bedömer om en ersättningsvara kan "
          "beställas inom avtalet eller om en direktupphandling behövs."),
    ("h1", "8. Kontakt"),
    ("p", "Frågor om vägledningen besvaras av hållbarhetsupphandlaren Jonas Berglöf på upphandlingsenheten. "
          "Frågor om tillsyn och kontroll av företag hanteras av Skogsstyrelsen för trä och av Jordbruksverket "
          "för övriga råvaror."),
]

# ---------------------------------------------------------------------------------------------
# D2. Lönetransparensdirektivet – svenska, .docx
# ---------------------------------------------------------------------------------------------

LONETRANSPARENS = [
    ("title", "Lönetransparensdirektivet – konsekvensanalys och handlingsplan"),
    ("p", "HR-avdelningen, kommunledningskontoret, Alingsås kommun. Underlag till kommunens "
          "personalutskott 2026-10-14. Diarienummer KS 2026/0455. Handläggare: Annika Strand, HR-strateg med "
          "ansvar för lönefrågor."),
    ("h1", "Sammanfattning"),
    ("p", "EU:s direktiv om insyn i lönesättningen (direktiv (EU) 2023/970), lönetransparensdirektivet, ska "
          "stärka principen om lika lön för kvinnor och män för lika eller likvärdigt arbete. Direktivet skulle "
          "ha genomförts i svensk rätt senast den 7 juni 2026. Det svenska lagstiftningsarbetet är försenat, och "
          "HR-avdelningen planerar utifrån att de nya reglerna i diskrimineringslagen börjar gälla den 1 januari "
          "2027."),
    ("p", "Kommunen har sedan länge gjort årliga lönekartläggningar, och mycket av det som direktivet kräver "
          "finns redan. De största förändringarna gäller information till arbetssökande, medarbetarnas rätt "
          "till information om lönenivåer och en ny rapportering av löneskillnader mellan kvinnor och män."),
    ("h1", "Vad innebär direktivet?"),
    ("h2", "Innan anställningen"),
    ("p", "Arbetssökande ska få information om ingångslön eller löneintervall för tjänsten, antingen i "
          "platsannonsen eller innan anställningsintervjun. Arbetsgivaren får inte fråga den sökande om lönen i "
          "nuvarande eller tidigare anställningar. Platsannonser och titlar ska vara könsneutrala."),
    ("h2", "Under anställningen"),
    ("p", "En medarbetare har rätt att begära skriftlig information om sin egen lönenivå och om de "
          "genomsnittliga lönenivåerna, uppdelat på kön, för medarbetare som utför samma eller likvärdigt "
          "arbete. Arbetsgivaren ska svara inom två månader från begäran. Arbetsgivaren ska också varje år "
          "informera medarbetarna om rätten att begära informationen. Lönesekretess i anställningsavtal är inte "
          "tillåten."),
    ("h2", "Rapportering av löneskillnader"),
    ("p", "Arbetsgivare ska rapportera löneskillnaden mellan kvinnor och män till en tillsynsmyndighet. Hur "
          "ofta beror på antalet anställda:"),
    ("table", [["Antal anställda", "Rapportering", "Första rapporten"],
               ["250 eller fler", "Varje år", "Senast den 7 juni 2027, avser 2026"],
               ["150–249", "Vart tredje år", "Senast den 7 juni 2027"],
               ["100–149", "Vart tredje år", "Senast den 7 juni 2031"],
               ["Färre än 100", "Ingen skyldighet", "–"]]),
    ("p", "Alingsås kommun har omkring 3 600 anställda och ska därför rapportera varje år. De kommunala "
          "bolagen rapporterar själva. Alingsås Energi har omkring 180 anställda och ska rapportera vart tredje "
          "år."),
    ("h2", "Gemensam lönebedömning"),
    ("p", "Om rapporteringen visar en löneskillnad på minst 5 procent mellan kvinnor och män inom en kategori "
          "av medarbetare som utför samma eller likvärdigt arbete, och skillnaden inte kan motiveras med "
          "objektiva och könsneutrala kriterier, ska arbetsgivaren åtgärda skillnaden inom sex månader. Görs "
          "inte det ska en gemensam lönebedömning göras tillsammans med arbetstagarnas företrädare."),
    ("h1", "Läget i Alingsås kommun"),
    ("p", "Lönekartläggningen för 2025 visade osakliga löneskillnader för 14 medarbetare i fyra "
          "yrkesgrupper. Skillnaderna rättades till i löneöversynen 2026 till en kostnad av 410 000 kr per år, "
          "inklusive personalomkostnader."),
    ("p", "Den totala löneskillnaden mellan kvinnor och män i kommunen var 3,1 procent 2025, räknat på "
          "medianlönen. Kvinnors medianlön motsvarade alltså 96,9 procent av mäns. Skillnaden förklaras till stor "
          "del av att fler män arbetar i yrken med högre lön inom teknik och ledning. I en kategori, kockar inom "
          "måltidsverksamheten, var skillnaden 6,2 procent. Den beror enligt HR-avdelningen på att två män med "
          "arbetsledande uppgifter ingår i kategorin, och kategorin ses över inför nästa kartläggning."),
    ("p", "I 2025 års rekryteringar angav kommunen lön eller löneintervall i 22 procent av platsannonserna."),
    ("h1", "Handlingsplan"),
    ("table", [["Åtgärd", "Ansvarig", "Klart"],
               ["Löneintervall anges i alla platsannonser", "HR-avdelningen, rekryteringsenheten",
                "1 mars 2027"],
               ["Nya mallar för platsannonser och intervjuer utan frågor om tidigare lön",
                "Rekryteringsenheten", "15 december 2026"],
               ["Utbildning för alla chefer om de nya reglerna (90 minuter, digitalt)", "HR-strateg lön",
                "31 mars 2027"],
               ["E-tjänst där medarbetare kan begära information om lönenivåer", "HR-avdelningen och "
                                                                                 "digitaliseringsenheten",
                "1 maj 2027"],
               ["Första rapporten om löneskillnader", "HR-strateg lön", "7 juni 2027"],
               ["Översyn av lönekriterierna tillsammans med de fackliga organisationerna",
                "HR-chefen", "30 september 2027"]]),
    ("h1", "Kostnader"),
    ("p", "Handlingsplanen beräknas kosta 265 000 kr under 2027, varav 180 000 kr för e-tjänsten och "
          "85 000 kr för utbildningen av chefer. Kostnaderna ryms i HR-avdelningens budget. Eventuella "
          "lönejusteringar efter den första rapporten ingår inte i beräkningen."),
    ("h1", "Frågor och svar"),
    ("h2", "Måste vi ange lön i annonser för timanställningar?"),
    ("p", "Ja. Kravet gäller alla anställningar. För timavlönade anges timlönen, till exempel 158 kr per timme "
          "för en outbildad vikarie i äldreomsorgen."),
    ("h2", "Får en chef fråga vad den sökande vill ha i lön?"),
    ("p", "Ja. Det är tillåtet att fråga om lönekrav. Det som inte är tillåtet är att fråga vilken lön den "
          "sökande har eller har haft hos en tidigare arbetsgivare."),
    ("h2", "Gäller reglerna för förtroendevalda?"),
    ("p", "Nej. Förtroendevalda är inte anställda, och deras arvoden omfattas inte av direktivet."),
]

# ---------------------------------------------------------------------------------------------
# D3. Tjänstledighet för internationella uppdrag – svenska, .docx
# ---------------------------------------------------------------------------------------------

TJANSTLEDIGHET = [
    ("title", "Riktlinje för tjänstledighet för internationella uppdrag"),
    ("p", "Alingsås kommun, HR-avdelningen. Fastställd av kommundirektören 2026-04-28. Gäller alla "
          "förvaltningar. Diarienummer KS 2026/0217."),
    ("h1", "Syfte"),
    ("p", "Kommunen vill att medarbetare ska kunna bidra till fred, demokrati och humanitärt arbete i andra "
          "länder. Erfarenheter från internationella uppdrag ger också kunskaper som kommer kommunen till nytta. "
          "Riktlinjen beskriver när en medarbetare kan få tjänstledigt för ett internationellt uppdrag, vem som "
          "beslutar och vad som gäller för lön, försäkring och pension."),
    ("h1", "Vilka uppdrag omfattas?"),
    ("list", ["Valobservation genom Folke Bernadotteakademin (FBA) i uppdrag för OSSE/ODIHR eller EU:s "
              "valobservationsuppdrag",
              "Internationella insatser för Myndigheten för samhällsskydd och beredskap (MSB), till exempel vid "
              "katastrofer",
              "Uppdrag för Röda Korset, Läkare Utan Gränser eller liknande humanitära organisationer",
              "Civila uppdrag för FN eller EU, till exempel i fredsfrämjande insatser",
              "Expertuppdrag för Sida eller inom kommunala partnerskap genom ICLD"]),
    ("p", "Riktlinjen gäller inte tjänsteresor i kommunens egna projekt eller ledighet för studier utomlands, "
          "som regleras i andra riktlinjer."),
    ("h1", "Vem beslutar?"),
    ("table", [["Ledighetens längd", "Beslutar", "Kommentar"],
               ["Upp till tre månader", "Närmaste chef", "Chefen ska bevilja ledigheten om verksamheten tillåter"],
               ["Mer än tre och upp till tolv månader", "Förvaltningschefen", "Efter samråd med HR-avdelningen"],
               ["Mer än tolv månader", "HR-chefen", "Beviljas bara i undantagsfall"]]),
    ("p", "Ansökan görs i personalsystemet senast fyra veckor före ledighetens början. Valobservationsuppdrag "
          "erbjuds ofta med kort varsel, och chefen kan då bevilja ledighet även om ansökan kommer senare. "
          "Ett avslag ska motiveras skriftligt."),
    ("h1", "Lön under ledigheten"),
    ("p", "Tjänstledighet för internationella uppdrag är som huvudregel utan lön. Uppdragsgivaren betalar "
          "normalt lön eller arvode under uppdraget."),
    ("p", "För valobservation genom Folke Bernadotteakademin betalar kommunen lön i högst tio arbetsdagar per "
          "kalenderår. Under den tiden behåller medarbetaren sin vanliga lön, och arvodet från FBA betalas ut "
          "till medarbetaren som vanligt. Ett korttidsuppdrag som valobservatör varar normalt omkring två veckor. "
          "Långtidsobservatörer är borta i omkring två månader och är lediga utan lön."),
    ("h1", "Försäkring och pension"),
    ("p", "Under tjänstledigheten gäller uppdragsgivarens försäkringar. Kommunens tjänsteförsäkringar gäller "
          "inte, och inte heller kommunens reseförsäkring. Medarbetaren ska före avresan kontrollera vilka "
          "försäkringar uppdragsgivaren har och om de täcker till exempel hemtransport vid sjukdom."),
    ("p", "Under tjänstledighet utan lön tjänar medarbetaren inte in tjänstepension från kommunen. Vissa "
          "uppdragsgivare betalar pensionsavsättningar. Den som är ledig i mer än sex månader bör kontakta "
          "löne- och pensionsenheten före ledigheten."),
    ("h1", "Semester"),
    ("p", "Enligt ett lokalt kollektivavtal räknas tjänstledighet utan lön för ett uppdrag för MSB som "
          "semesterlönegrundande i högst 180 dagar per intjänandeår. Annan tjänstledighet utan lön är inte "
          "semesterlönegrundande, vilket innebär att medarbetaren får färre betalda semesterdagar året därpå."),
    ("h1", "Efter uppdraget"),
    ("p", "Medarbetaren har rätt att komma tillbaka till sin tjänst efter ledigheten. Chefen bokar ett "
          "återkomstsamtal under den första veckan. Kommunen uppmuntrar medarbetaren att berätta om uppdraget "
          "på en arbetsplatsträff eller i kommunens personaltidning."),
    ("h1", "Statistik"),
    ("p", "Under 2025 beviljades sju medarbetare tjänstledighet för internationella uppdrag. Fem av dem var "
          "valobservatörer genom Folke Bernadotteakademin, och två deltog i insatser för MSB. Den längsta "
          "ledigheten var fem månader. Ingen ansökan avslogs."),
    ("h1", "Frågor och svar"),
    ("h2", "Kan jag använda semesterdagar i stället för tjänstledighet?"),
    ("p", "Ja. Du kan ta ut semester för hela eller delar av uppdraget om chefen godkänner det. Det kan vara "
          "förmånligt för korta uppdrag, eftersom du då får full semesterlön."),
    ("h2", "Kan jag få tjänstledigt för att arbeta för ett politiskt parti utomlands?"),
    ("p", "Nej. Riktlinjen gäller bara uppdrag för myndigheter och för humanitära eller internationella "
          "organisationer som är politiskt obundna."),
    ("h2", "Vem kontaktar jag?"),
    ("p", "Kontakta din HR-konsult. Frågor om riktlinjen i stort besvaras av HR-konsulten Mira Johansson."),
]

# ---------------------------------------------------------------------------------------------
# D4. Brussels internship grant – English, .docx
# ---------------------------------------------------------------------------------------------

BRUSSELS = [
    ("title", "Brussels internship grant 2027 – call for applications"),
    ("p", "Alingsås Municipality, Municipal Executive Office. Published 1 September 2026. The call is written in "
          "English because many applicants study abroad or in international programmes."),
    ("h1", "What is the Brussels internship grant?"),
    ("p", "Every year, Alingsås Municipality offers one university student a grant to do an internship at the "
          "West Sweden office in Brussels, which represents the municipalities and the region of western Sweden "
          "towards the EU institutions. The intern follows EU policy-making, learns how EU funding works in "
          "practice and helps the municipality to keep track of EU issues that matter locally."),
    ("p", "The grant was introduced in 2024. The municipality pays the grant; the West Sweden office provides "
          "the workplace, a supervisor and the daily tasks."),
    ("h1", "When is the internship?"),
    ("p", "The internship runs from Monday 1 February to Friday 28 May 2027, full time. The municipality only "
          "offers a spring placement. The West Sweden office also takes autumn interns, but they are not "
          "funded by Alingsås."),
    ("h1", "Who can apply?"),
    ("p", "You can apply if you:"),
    ("list", ["study at a university or university college and can include an internship in your degree, or "
              "have graduated within the last twelve months;",
              "are registered as a resident (folkbokförd) in Alingsås, or finished upper secondary school at "
              "Alströmergymnasiet;",
              "speak and write English well, at least at level B2, and Swedish;",
              "are not employed by Alingsås Municipality during the internship."]),
    ("p", "Knowledge of French is an advantage but not a requirement."),
    ("h1", "The grant"),
    ("table", [["Part", "Amount", "When it is paid"],
               ["First instalment", "SEK 30,000", "In January 2027, before departure"],
               ["Second instalment", "SEK 15,000", "After the final report has been approved"],
               ["Travel", "Up to SEK 4,000", "One return trip, against receipts"]]),
    ("p", "The grant is SEK 45,000 in total, plus travel. In 2026 the grant was SEK 40,000. The grant is meant "
          "to cover housing and living costs in Brussels, where a furnished room usually costs around €700 "
          "per month. The intern finds housing on their own, but the West Sweden office can share lists of "
          "landlords that earlier interns have used."),
    ("p", "If you also receive an Erasmus+ traineeship grant through your university, the municipal grant is "
          "reduced by half. The travel grant is not reduced. The grant is taxable income, and the municipality "
          "reports it to the Swedish Tax Agency."),
    ("h1", "What does the intern do?"),
    ("list", ["follows meetings in the European Parliament and the European Commission and writes short "
              "summaries;",
              "helps the West Sweden office to prepare study visits from western Sweden;",
              "writes four articles for the municipality's internal newsletter about EU issues;",
              "meets the municipal international coordinator online every second week;",
              "takes part in at least one of the office's networks on EU funding or regional policy."]),
    ("h1", "How to apply"),
    ("p", "Send your application to the international coordinator, Malin Axelsson, by e-mail no later than 15 "
          "October 2026 at 23:59. The application should include:"),
    ("olist", ["a CV in English;",
               "a personal letter in English of at most one page, explaining why you want the internship;",
               "a transcript of your university records;",
               "a confirmation from your university that the internship can be included in your degree, if "
               "you are still studying."]),
    ("p", "Interviews are held online in week 45, and the decision is sent out no later than 20 November 2026. "
          "The selection is made by the international coordinator and a representative of the West Sweden "
          "office."),
    ("h1", "After the internship"),
    ("p", "The intern writes a final report of 3–5 pages within three weeks after the internship and presents "
          "it at a meeting of the municipal executive committee's working committee in June 2027. The second "
          "instalment is paid when the report has been approved."),
    ("h1", "Earlier interns"),
    ("p", "The 2026 intern studied political science at Lund University and worked mainly on the EU's "
          "cohesion policy after 2027. There were eleven applicants for the 2026 internship, and nine for the "
          "first internship in 2025."),
    ("h1", "Questions"),
    ("p", "Questions about the grant are answered by Malin Axelsson, international coordinator. Questions about "
          "the daily work at the office can be sent to the West Sweden office's intern supervisor via the "
          "international coordinator."),
]

# ---------------------------------------------------------------------------------------------
# D5. UNESCO Associated Schools – English, .docx
# ---------------------------------------------------------------------------------------------

UNESCO = [
    ("title", "Alströmergymnasiet – application to join the UNESCO Associated Schools Network"),
    ("p", "Decision memo for the upper secondary school's management team. Prepared by Sofia Almeida, teacher "
          "of social studies and coordinator of international activities. Approved by the principal, Håkan Berg, "
          "on 21 September 2026. Written in English because parts of it will be used in the application."),
    ("h1", "Background"),
    ("p", "The UNESCO Associated Schools Network (ASPnet) was founded in 1953 and connects more than 12,000 "
          "schools in over 180 countries. Member schools work with UNESCO's priorities: global citizenship, "
          "sustainable development, peace and human rights, and intercultural learning. In Sweden, the network "
          "is coordinated by the Swedish National Commission for UNESCO (Svenska Unescorådet), which receives "
          "the applications and recommends schools to UNESCO."),
    ("p", "Alströmergymnasiet already has several international contacts, and the students' council proposed "
          "in spring 2026 that the school should join the network. A membership would give the school access "
          "to international projects, teaching material and a network of UNESCO schools in the Nordic "
          "countries."),
    ("h1", "What membership requires"),
    ("list", ["The school carries out at least one project per school year on one of UNESCO's themes, with "
              "students from at least two programmes.",
              "The school appoints a coordinator who is the contact person towards Svenska Unescorådet.",
              "The school reports its activities every year through UNESCO's online reporting tool, no later "
              "than 30 June.",
              "The school celebrates at least two of the UN's international days together with the students.",
              "The principal signs the application and is responsible for the commitments."]),
    ("p", "New schools are first candidate schools. After two years with approved annual reports, the school "
          "can become a full member. There is no membership fee."),
    ("h1", "Planned activities 2027"),
    ("table", [["Activity", "Theme", "Students", "When"],
               ["Water in Säveån – measuring water quality with a partner school in Latvia",
                "Sustainable development", "Natural science programme, year 2", "February–May 2027"],
               ["Human rights film festival", "Peace and human rights", "Social science and arts programmes",
                "Week 49, 2027"],
               ["Language café with newly arrived students", "Intercultural learning", "Volunteers from all "
                                                                                       "programmes",
                "Every Wednesday during term"],
               ["International Day of Peace assembly", "Global citizenship", "All students", "21 September 2027"]]),
    ("h1", "Resources"),
    ("p", "The coordinator needs time for the work. The management team proposes that the coordinator gets "
          "10 percent of a full-time position for the task from January 2027, which corresponds to about SEK "
          "62,000 per year including payroll costs. In addition, the school sets aside SEK 25,000 per year for "
          "activities, material and travel within Sweden. The costs are covered by the school's own budget."),
    ("h1", "Timetable"),
    ("list", ["The application is sent to Svenska Unescorådet no later than 1 December 2026.",
              "Svenska Unescorådet is expected to decide in March 2027.",
              "If the school is accepted, the first annual report is due on 30 June 2027.",
              "The school can apply for full membership in autumn 2028 at the earliest."]),
    ("h1", "Risks"),
    ("p", "The main risk is that the work depends on one or two engaged teachers. To reduce the risk, a working "
          "group of four teachers from different programmes supports the coordinator, and UNESCO activities are "
          "written into the school's annual plan."),
    ("h1", "Decision"),
    ("p", "The management team decided on 21 September 2026 that Alströmergymnasiet applies to join the UNESCO "
          "Associated Schools Network. Sofia Almeida is appointed coordinator. The education committee is "
          "informed at its meeting in October."),
]

# ---------------------------------------------------------------------------------------------
# D6. EU:s digitala identitetsplånbok – svenska, .docx
# ---------------------------------------------------------------------------------------------

EUDI = [
    ("title", "EU:s digitala identitetsplånbok och kommunens e-tjänster – förstudie"),
    ("p", "Digitaliseringsenheten, kommunledningskontoret, Alingsås kommun. Förstudie beställd av "
          "digitaliseringsrådet. Version 1.0, 2026-06-10. Författare: Amir Rahimi, digitaliseringsstrateg."),
    ("h1", "1. Bakgrund"),
    ("p", "Genom den reviderade eIDAS-förordningen (förordning (EU) 2024/1183), som trädde i kraft den 20 maj "
          "2024, ska alla medlemsstater erbjuda sina medborgare och invånare minst en europeisk digital "
          "identitetsplånbok. Plånboken är en app i mobiltelefonen där användaren kan förvara sin digitala "
          "identitet och andra intyg, till exempel körkort, examensbevis och intyg om yrkesbehörighet, och "
          "själv välja vilka uppgifter som lämnas ut."),
    ("p", "Medlemsstaterna ska erbjuda plånboken i slutet av 2026. I Sverige har regeringen gett Myndigheten "
          "för digital förvaltning (DIGG) i uppdrag att ta fram den svenska plånboken. Offentliga aktörer som "
          "kräver stark autentisering för att logga in i sina e-tjänster ska också godta plånboken. Kommunen "
          "behöver därför förbereda sina e-tjänster."),
    ("h1", "2. Nuläge"),
    ("p", "Kommunen har 52 e-tjänster. 38 av dem kräver inloggning med e-legitimation, och inloggningen sker "
          "genom kommunens e-tjänsteplattform. I dag kan invånarna logga in med BankID eller Freja+."),
    ("p", "Sedan 2024 kan personer med en e-legitimation från ett annat EU-land logga in i 14 av e-tjänsterna "
          "genom den svenska eIDAS-noden Sweden Connect. Det gäller bland annat ansökan om förskoleplats, "
          "ansökan till gymnasiet och anmälan till vuxenutbildningen. Under 2025 gjordes 312 inloggningar med en "
          "utländsk e-legitimation, de flesta med tyska, polska och estniska e-legitimationer."),
    ("table", [["Inloggning", "Antal e-tjänster", "Inloggningar 2025"],
               ["BankID", "38", "211 400"],
               ["Freja+", "38", "9 800"],
               ["Utländsk e-legitimation via Sweden Connect", "14", "312"],
               ["Ingen inloggning krävs", "14", "–"]]),
    ("h1", "3. Vad plånboken kan användas till hos kommunen"),
    ("p", "Förstudien har identifierat tre områden där plånboken kan göra nytta redan under de första åren:"),
    ("list", ["Inloggning i e-tjänsterna, också för personer som saknar svenskt personnummer och därför inte "
              "kan skaffa BankID, till exempel nyanlända och säsongsarbetare.",
              "Rekrytering, där sökande kan visa examensbevis och legitimation digitalt. Det kan till exempel "
              "förenkla kontrollen av lärarlegitimation och sjuksköterskelegitimation.",
              "Ansökan om parkeringstillstånd för rörelsehindrade, där ett intyg kan lämnas digitalt i stället "
              "för på papper."]),
    ("h1", "4. Förslag och tidplan"),
    ("table", [["Steg", "Innehåll", "Tid"],
               ["1", "Kommunens e-tjänsteplattform ansluts till den svenska plånboken", "Våren 2027"],
               ["2", "Pilot med plånboken i tre e-tjänster: förskoleplats, anmälan till vuxenutbildningen och "
                     "parkeringstillstånd", "Hösten 2027"],
               ["3", "Utvärdering av piloten och beslut om införande i alla e-tjänster med inloggning",
                "December 2027"],
               ["4", "Införande i övriga e-tjänster", "2028"]]),
    ("p", "Tidplanen förutsätter att den svenska plånboken finns tillgänglig enligt plan. Om den blir försenad "
          "flyttas stegen framåt i motsvarande grad."),
    ("h1", "5. Kostnader"),
    ("p", "Leverantören av e-tjänsteplattformen har lämnat en offert. Anslutningen beräknas kosta 380 000 kr "
          "som engångskostnad, och licensen för plånboksfunktionen kostar 95 000 kr per år. Till det kommer "
          "kommunens egen arbetstid, som beräknas till omkring 400 timmar under 2027. Förstudien föreslår att "
          "kostnaden finansieras ur digitaliseringsrådets utvecklingsbudget."),
    ("h1", "6. Risker"),
    ("list", ["Den svenska plånboken blir försenad, vilket gör att kommunen betalar licens för en funktion som "
              "inte kan användas. Förstudien föreslår därför att licensavtalet börjar gälla först när plånboken "
              "finns.",
              "Invånarna känner inte till plånboken och fortsätter att använda BankID. Kommunen bör därför inte "
              "ta bort några inloggningsmetoder.",
              "Personuppgifter som lämnas via plånboken sparas i fler system än nödvändigt. Dataskyddsombudet "
              "ska granska piloten innan den startar."]),
    ("h1", "7. Frågor och svar"),
    ("h2", "Ersätter plånboken BankID?"),
    ("p", "Nej. Plånboken blir ett alternativ. Kommunen kommer att erbjuda BankID och Freja+ även i "
          "fortsättningen."),
    ("h2", "Måste invånarna använda plånboken?"),
    ("p", "Nej. Det är frivilligt för invånarna att skaffa och använda plånboken."),
    ("h2", "Kan kommunens medarbetare använda plånboken för att logga in i kommunens interna system?"),
    ("p", "Inte i nuläget. Förstudien gäller bara e-tjänster för invånare och företag. Medarbetarnas "
          "inloggning hanteras i ett separat projekt om SITHS-kort och mobilt tjänste-id."),
]

# ---------------------------------------------------------------------------------------------
# D7. Äldre besökare från utlandet – svenska, .docx
# ---------------------------------------------------------------------------------------------

BESOKARE = [
    ("title", "Rutin: äldre besökare från utlandet som behöver stöd under vistelsen i Alingsås"),
    ("p", "Vård- och omsorgsförvaltningen, biståndsenheten. Fastställd av förvaltningschefen 2026-03-30. "
          "Gäller biståndshandläggare, hemtjänsten och hjälpmedelsförrådet."),
    ("h1", "Bakgrund"),
    ("p", "Varje sommar besöker många äldre personer sina barn och barnbarn i Alingsås, ofta under flera "
          "veckor eller månader. Några av dem blir sjuka eller behöver hjälp i vardagen under vistelsen. Rutinen "
          "beskriver vad kommunen ansvarar för, hur en ansökan hanteras och vad hjälpen kostar."),
    ("h1", "Kommunens ansvar"),
    ("p", "Enligt socialtjänstlagen har den kommun där en person vistas ansvaret för att personen får det stöd "
          "och den hjälp som behövs i en akut situation. Det gäller också personer som bor i ett annat land. "
          "Kommunen ansvarar däremot inte för planerat långvarigt stöd till personer som bara är på besök."),
    ("p", "Biståndsenheten kan därför bevilja hemtjänst, trygghetslarm och korttidsplats till en besökare när "
          "behovet är akut. Insatserna beviljas för högst 14 dagar åt gången. Om behovet består längre än så "
          "ska handläggaren tillsammans med de anhöriga planera för hemresa eller för att familjen själv köper "
          "hjälp av ett privat företag."),
    ("h1", "Besökare från de nordiska länderna"),
    ("p", "För medborgare i Danmark, Finland, Island och Norge gäller den nordiska konventionen om socialt "
          "bistånd och sociala tjänster. En besökare från ett annat nordiskt land har samma rätt till akut hjälp "
          "som en invånare i Alingsås. Om personen behöver resa hem på grund av sjukdom eller ålder, och inte "
          "kan betala resan själv, kan kommunen ordna och betala hemresan. Kostnaden för hemresan ersätts sedan "
          "av hemlandet."),
    ("h1", "Så handläggs en ansökan"),
    ("olist", ["Den anhöriga eller besökaren ringer biståndsenheten via kommunens växel, eller lämnar en "
               "ansökan via e-tjänsten Ansök om stöd i äldreomsorgen.",
               "Handläggaren gör ett hembesök inom två arbetsdagar. Vid behov bokas en tolk till besöket.",
               "Handläggaren utreder behovet och fattar beslut. Beslutet innehåller alltid det datum då "
               "insatsen upphör.",
               "Hemtjänsten startar insatsen senast dagen efter beslutet.",
               "Handläggaren följer upp insatsen före slutdatumet och bedömer om den ska förlängas."]),
    ("p", "Den som besöker Alingsås kan inte i förväg ansöka om hemtjänst för att kunna komma på besök. En "
          "ansökan inför en vistelse kan bara göras av personer som är folkbokförda i en annan svensk kommun."),
    ("h1", "Avgifter"),
    ("table", [["Insats", "Avgift för besökare", "Avgift för folkbokförda i Alingsås"],
               ["Hemtjänst", "690 kr per timme", "415 kr per timme, högst upp till maxtaxan"],
               ["Trygghetslarm", "350 kr per påbörjad vecka", "Ingår i maxtaxan"],
               ["Korttidsplats", "1 150 kr per dygn inklusive mat", "Enligt taxa, mat 145 kr per dygn"]]),
    ("p", "Besökare som inte är folkbokförda i Sverige omfattas inte av maxtaxan och betalar därför det som "
          "insatsen kostar kommunen. Besökare från de nordiska länderna betalar samma avgifter som folkbokförda "
          "i Alingsås. Avgiften faktureras till besökaren eller, om besökaren vill det, till en anhörig."),
    ("h1", "Hjälpmedel"),
    ("p", "Kommunens hjälpmedelsförråd lånar ut rullator, duschpall och toalettstolsförhöjning till besökare. "
          "Avgiften är 300 kr per hjälpmedel och vistelse. Hjälpmedlet hämtas på hjälpmedelsförrådet på "
          "Nolhagavägen och lämnas tillbaka där när vistelsen är slut. Rullstolar och sängar lånas inte ut till "
          "besökare. Familjen kan i stället hyra sådana hjälpmedel av ett privat företag."),
    ("h1", "Hälso- och sjukvård"),
    ("p", "Sjukvård under vistelsen är regionens ansvar, inte kommunens. Besökare från andra EU-länder visar "
          "sitt europeiska sjukförsäkringskort vid vårdcentralen. Hemsjukvård kan kommunen bara ge om regionens "
          "läkare har bedömt att den behövs."),
    ("h1", "Statistik"),
    ("p", "Under 2025 handlade biståndsenheten 17 ärenden som gällde besökare från utlandet. Sju av dem gällde "
          "besökare från Finland, fyra från Polen och tre från Irak. I elva ärenden beviljades hemtjänst, och i "
          "två ärenden ordnade kommunen hemresa till Finland. Under 2024 var ärendena tolv."),
    ("h1", "Kontakt"),
    ("p", "Frågor om rutinen besvaras av Birgitta Nordin, enhetschef på biståndsenheten."),
]

# ---------------------------------------------------------------------------------------------
# P1. EU Battery Regulation and the municipal fleet – English, .pdf
# ---------------------------------------------------------------------------------------------

BATTERY = [
    ("title", "The EU Battery Regulation and the municipal fleet"),
    ("p", "Memo from the Fleet Unit, Planning and Building Department, Alingsås Municipality, to the "
          "municipal management group. 2 June 2026. Prepared by Peter Lindqvist, fleet coordinator, with Nora "
          "Sjöberg, waste engineer."),
    ("h1", "Summary"),
    ("p", "The EU Battery Regulation (Regulation (EU) 2023/1542) replaces the old Batteries Directive and sets "
          "rules for the whole life of a battery, from raw materials to recycling. It mainly places obligations "
          "on manufacturers and importers, but it affects the municipality as a buyer and user of electric "
          "vehicles, e-bikes and battery-powered machines. This memo describes what the regulation means for "
          "the fleet, proposes new internal rules for charging and handling used batteries, and estimates the "
          "costs for 2027."),
    ("h1", "The municipality's battery-powered fleet"),
    ("p", "The municipality currently has 58 electric cars, 14 electric vans, 41 e-bikes and 6 e-cargo bikes. "
          "In addition, the parks unit uses 9 battery-powered ride-on mowers and about 300 batteries for hand "
          "tools such as hedge trimmers and leaf blowers. Most e-bikes are used by home care in the town "
          "centre."),
    ("p", "The fleet plan adopted in 2025 aims for 45 e-bikes by the end of 2027. Four new e-bikes are ordered "
          "for delivery in spring 2027."),
    ("h1", "What the regulation requires"),
    ("h2", "Battery passport"),
    ("p", "From 18 February 2027, every electric vehicle battery, every industrial battery with a capacity "
          "above 2 kWh and every battery for light means of transport, such as e-bikes and e-scooters, that is "
          "placed on the EU market must have a digital battery passport. The passport is reached through a QR "
          "code on the battery and contains information about the battery's composition, carbon footprint, "
          "origin of raw materials and state of health."),
    ("h2", "Removable and replaceable batteries"),
    ("p", "From 18 February 2027, portable batteries in appliances must be removable and replaceable by the "
          "end-user, and batteries for light means of transport must be replaceable by an independent "
          "professional. This means that the municipality will be able to buy replacement batteries for new "
          "e-bikes from other suppliers than the manufacturer."),
    ("h2", "Collection targets"),
    ("p", "Producers must collect used batteries. For batteries for light means of transport, the collection "
          "target is 51 percent by the end of 2028 and 61 percent by the end of 2031. For portable batteries, "
          "the target is 63 percent by the end of 2027 and 73 percent by the end of 2030. Used e-bike batteries "
          "should therefore be returned to the dealer or to a collection point run by the producers, not put in "
          "the ordinary battery bins in the workplaces."),
    ("h1", "Proposed internal rules"),
    ("h2", "Charging"),
    ("p", "Lithium-ion batteries can cause fires that are hard to put out. From 1 January 2027, e-bike "
          "batteries and batteries for hand tools may only be charged in the fire-safe charging cabinets that "
          "the Fleet Unit installs, never in offices, staff rooms or corridors. Charging overnight is allowed in "
          "the cabinets. The rule also applies to private e-bike batteries that staff bring to work."),
    ("p", "Charging cabinets are being installed at 12 workplaces during autumn 2026, in the first place at home "
          "care bases and at the parks unit's depot. A cabinet costs SEK 28,000 including installation."),
    ("h2", "Damaged batteries"),
    ("p", "A battery that is swollen, leaking, hot or has been dropped must not be charged or used again. Place "
          "it in the red metal box for damaged batteries, which is available at every workplace with a "
          "charging cabinet, and report it to the Fleet Unit the same day. The Fleet Unit collects the box "
          "within two working days. Damaged batteries are taken to the depot on Sörhagavägen, where they are "
          "stored in a fire-safe container until the producer's collection service picks them up."),
    ("h2", "Replacing or refurbishing"),
    ("p", "An e-bike battery lasts about three years or 800 charging cycles in home care. A new original "
          "battery costs about SEK 7,900. Refurbishing a battery with new cells costs about SEK 4,200 and gives "
          "about 80 percent of the original capacity. The Fleet Unit proposes that batteries are refurbished "
          "once and replaced the second time they are worn out."),
    ("h2", "Second life for vehicle batteries"),
    ("p", "Two batteries from electric vans that were taken out of service in 2025 are being reused as energy "
          "storage for the solar panels at the depot on Sörhagavägen, with a total capacity of 80 kWh. The "
          "project is a test, and the results will be reported in December 2026."),
    ("h1", "Requirements in procurement"),
    ("list", ["New e-bikes and electric vehicles must have a battery passport when the rules apply, even if "
              "they were produced earlier.",
              "The supplier must offer replacement batteries for at least seven years after delivery.",
              "The supplier must take back used batteries free of charge.",
              "Battery-powered hand tools must use a common battery system within each unit, so that batteries "
              "can be shared between tools."]),
    ("h1", "Costs in 2027"),
    ("table", [["Item", "Cost (SEK)"],
               ["Charging cabinets, 12 workplaces", "336,000"],
               ["Red boxes for damaged batteries", "18,000"],
               ["Refurbishing and replacing e-bike batteries", "145,000"],
               ["Training for staff who handle batteries", "41,000"],
               ["Collection of damaged batteries from the depot", "100,000"],
               ["Total", "640,000"]]),
    ("p", "The total cost for 2027 is estimated at SEK 640,000. The charging cabinets are paid from the "
          "investment budget of 2026; the other costs are covered by the Fleet Unit's operating budget."),
    ("h1", "Training"),
    ("p", "All staff who use e-bikes or battery-powered tools must complete a 30-minute e-learning course on "
          "safe charging and handling of batteries before 1 March 2027. Managers register completion in the "
          "HR system."),
]

# ---------------------------------------------------------------------------------------------
# P2. Tillsyn av bärplockarboenden – svenska, .pdf
# ---------------------------------------------------------------------------------------------

BARPLOCKARE = [
    ("title", "Tillsyn av boenden för säsongsanställda bärplockare – tillsynsplan 2026"),
    ("p", "Miljö- och hälsoskyddsenheten, samhällsbyggnadsförvaltningen, Alingsås kommun. Redovisad för "
          "miljö- och byggnämnden 2026-05-20. Handläggare: Tove Lundgren, miljö- och hälsoskyddsinspektör."),
    ("h1", "Bakgrund"),
    ("p", "Varje sommar kommer säsongsarbetare från andra länder till Alingsås för att plocka blåbär och "
          "lingon i skogarna. De flesta kommer från Thailand och har arbetstillstånd genom ett bemanningsföretag. "
          "En mindre grupp kommer från Bulgarien och Rumänien, och de behöver inga arbetstillstånd eftersom de "
          "är EU-medborgare."),
    ("p", "Bärplockarna bor under säsongen i tillfälliga boenden, till exempel en före detta skola, ett "
          "vandrarhem eller uthyrda hus. Boendena omfattas av miljöbalkens regler om olägenheter för människors "
          "hälsa, och kommunen har tillsyn över dem. Tillsynen gäller boendets standard, inte arbetsvillkoren. "
          "Arbetsvillkoren är Arbetsmiljöverkets ansvar, och arbetstillstånden Migrationsverkets."),
    ("h1", "Krav på boendena"),
    ("p", "Kommunen utgår från Folkhälsomyndighetens allmänna råd om tillfälliga bostäder. Vid tillsynen "
          "kontrolleras särskilt följande:"),
    ("list", ["Sovrummen har minst 5 kvadratmeter golvyta per person, och ingen sover i kök, hall eller källare.",
              "Det finns minst en toalett och en dusch per tio personer, och varmvatten dygnet runt.",
              "Det finns ett kök med spis, kyl och frys för varje grupp om högst åtta personer.",
              "Dricksvattnet är tjänligt. Boenden med egen brunn ska ha ett provsvar som är högst tre månader "
              "gammalt.",
              "Det finns brandvarnare i varje sovrum och två utrymningsvägar. Brandskyddet kontrolleras av "
              "räddningstjänsten.",
              "Avfallet sorteras och hämtas minst en gång i veckan."]),
    ("h1", "Anmälan"),
    ("p", "Den som driver ett boende för fler än åtta säsongsarbetare ska anmäla boendet till miljö- och "
          "hälsoskyddsenheten senast sex veckor innan de första arbetarna flyttar in. Anmälan görs i kommunens "
          "e-tjänst och ska innehålla en ritning över boendet, uppgift om hur många som ska bo där och under "
          "vilken period, och namn på en kontaktperson som talar svenska eller engelska."),
    ("h1", "Avgifter"),
    ("p", "Tillsynen finansieras med avgifter enligt miljö- och byggnämndens taxa. Timavgiften är 1 250 kr "
          "under 2026. Under 2025 var den 1 190 kr. En normal inspektion av ett boende tar omkring fyra timmar "
          "inklusive restid och rapport. Ett återbesök som beror på brister debiteras på samma sätt."),
    ("h1", "Erfarenheter från 2025"),
    ("p", "Under 2025 inspekterades fyra boenden där sammanlagt 112 bärplockare bodde. Två av boendena hade "
          "brister. I det ena saknades varmvatten i duschen under tre dagar, och i det andra delade 14 personer "
          "på en toalett. Båda bristerna åtgärdades, och återbesöken gjordes inom två veckor. Inga boenden "
          "behövde stängas."),
    ("p", "Vid två av inspektionerna behövdes tolk. Det fungerade bäst när tolken var på plats och inte deltog "
          "via telefon, eftersom inspektören då kunde visa bristerna direkt."),
    ("h1", "Plan för 2026"),
    ("list", ["Inspektionerna görs under perioden 20 juli–21 augusti 2026, när bärplockningen pågår.",
              "Alla anmälda boenden inspekteras minst en gång. Minst hälften av inspektionerna görs oanmälda.",
              "Vid inspektionerna används tolk på thailändska via kommunens avtalade tolkförmedling.",
              "Informationsblad om boendestandard och om var man kan få hjälp delas ut på thailändska, "
              "bulgariska och engelska.",
              "Ett samverkansmöte hålls i juni med Arbetsmiljöverket, polisen, räddningstjänsten och "
              "länsstyrelsens regionala samordnare mot människohandel."]),
    ("h1", "Misstanke om människohandel"),
    ("p", "Om inspektören ser tecken på att bärplockarna utnyttjas, till exempel att arbetsgivaren har tagit "
          "deras pass, att de inte får lämna boendet eller att de har orimliga skulder, ska inspektören inte "
          "själv konfrontera arbetsgivaren. Inspektören kontaktar i stället polisen samma dag och informerar "
          "enhetschefen. Kommunens socialtjänst kan erbjuda stöd till den som vill lämna en sådan situation."),
    ("h1", "Kontakt"),
    ("p", "Frågor om tillsynen besvaras av Tove Lundgren, miljö- och hälsoskyddsinspektör. Under semesterperioden "
          "ersätts hon av enhetschefen för miljö- och hälsoskyddsenheten."),
]

# ---------------------------------------------------------------------------------------------
# P3. Faroe Islands handball training camp – English, .pdf
# ---------------------------------------------------------------------------------------------

HANDBALL = [
    ("title", "Training camp for the Faroe Islands women's national handball team in Alingsås, August 2026"),
    ("p", "Planning document. Culture and Leisure Department, Alingsås Municipality, together with the Faroese "
          "Handball Federation and Alingsås HK. Version 3, 15 June 2026. Contact at the municipality: Anders "
          "Qvist, event coordinator."),
    ("h1", "Background"),
    ("p", "The Faroese Handball Federation asked in January 2026 whether Alingsås could host a training camp for "
          "the women's national team before the autumn qualification matches. Alingsås HK had helped the "
          "federation with contacts, and the municipality sees the camp as a way to strengthen its profile as "
          "a handball town and to build contacts with the Faroe Islands."),
    ("p", "The camp runs from Monday 17 August to Saturday 22 August 2026. The group consists of 18 players and "
          "7 staff, 25 persons in total."),
    ("h1", "Who pays for what"),
    ("p", "The Faroese Handball Federation pays for travel, hotel, meals and the team's own staff. The "
          "municipality provides Nolbyhallen for training free of charge, which corresponds to a rental value of "
          "about SEK 42,000 for the week. The municipality also pays for a welcome reception and for marketing "
          "of the friendly matches."),
    ("table", [["Item", "Paid by", "Amount"],
               ["Training hall, two sessions a day", "Municipality (in kind)", "SEK 42,000"],
               ["Welcome reception at the City Hall", "Municipality", "SEK 12,500"],
               ["Posters, social media and programme", "Municipality", "SEK 8,000"],
               ["Hotel and meals for 25 persons", "Faroese Handball Federation", "About DKK 150,000"],
               ["Referees for the friendly matches", "Alingsås HK", "SEK 6,400"]]),
    ("p", "The municipality's cash cost is SEK 20,500. The rental value of the hall is reported as support in "
          "kind in the Culture and Leisure Department's annual report."),
    ("h1", "Accommodation and travel"),
    ("p", "The team stays at Hotel Plantaget in the town centre, a ten-minute walk from Nolbyhallen. The team "
          "flies from Vágar via Copenhagen and lands at Göteborg Landvetter Airport on Monday 17 August at "
          "14:35. A bus from the municipality's contracted bus company takes the group from the airport to the "
          "hotel. The bus is paid by the federation."),
    ("h1", "Programme"),
    ("table", [["Day", "Programme"],
               ["Monday 17 August", "Arrival; evening training 18:00–19:30"],
               ["Tuesday 18 August", "Training 09:30–11:30 and 16:00–18:00; welcome reception at the City Hall "
                                     "at 19:00"],
               ["Wednesday 19 August", "Morning training; friendly match against Alingsås HK at 19:00"],
               ["Thursday 20 August", "School visit at Noltorpsskolan 10:00–11:30; afternoon training open to "
                                      "the public"],
               ["Friday 21 August", "Friendly match against the West Sweden district team at 18:00"],
               ["Saturday 22 August", "Recovery session; departure from Landvetter at 16:20"]]),
    ("h1", "Friendly matches and tickets"),
    ("p", "Both friendly matches are played in Nolbyhallen, which has room for 900 spectators. Entry to the "
          "match against Alingsås HK on Wednesday is free. Tickets for the match against the West Sweden "
          "district team on Friday cost SEK 80 for adults; children and young people under 18 get in free. "
          "Tickets are sold through Alingsås HK's website and at the entrance. The income goes to Alingsås HK's "
          "youth section."),
    ("h1", "Open training and school visit"),
    ("p", "The afternoon training on Thursday 20 August, 15:00–16:30, is open to the public, and young players "
          "from local clubs are especially invited. During the school visit at Noltorpsskolan, two players and "
          "the team's physiotherapist meet pupils in years 5 and 6, talk about life as an athlete on a small "
          "island and lead a short handball session in the school's gym."),
    ("h1", "Media"),
    ("p", "The Faroese public broadcaster KVF sends a reporter and a photographer and will make a feature about "
          "the camp. Local media are invited to the open training. Interviews with players are arranged "
          "through the team's press officer, not through the municipality."),
    ("h1", "Safety and health"),
    ("list", ["The team brings its own physiotherapist and doctor.",
              "In case of injury, the nearest emergency department is at Alingsås lasarett.",
              "Players from the Faroe Islands get necessary health care on the same terms as residents of Sweden "
              "under the Nordic Convention on Social Security; they bring their passport.",
              "Alingsås HK provides first-aid staff at both friendly matches."]),
    ("h1", "Follow-up"),
    ("p", "The event coordinator writes a short report to the Culture and Leisure Committee by 30 September "
          "2026, including the number of spectators and the media coverage. The federation has said that it "
          "would like to come back for a men's team camp in 2027 if the week goes well."),
]

# ---------------------------------------------------------------------------------------------
# P4. Dricksvattnet och PFAS – svenska, .pdf
# ---------------------------------------------------------------------------------------------

PFAS = [
    ("title", "Dricksvattnet i Alingsås – nya EU-krav och PFAS"),
    ("p", "Tjänsteskrivelse till tekniska nämnden, 2026-02-11. VA-enheten, samhällsbyggnadsförvaltningen, "
          "Alingsås kommun. Handläggare: Helena Rydberg, VA-chef, och Mats Ohlsson, driftingenjör. "
          "Diarienummer TN 2026/0027."),
    ("h1", "Ärendet"),
    ("p", "EU:s omarbetade dricksvattendirektiv (direktiv (EU) 2020/2184) har genomförts i Sverige genom "
          "Livsmedelsverkets föreskrifter om dricksvatten, som gäller sedan den 1 januari 2023. Föreskrifterna "
          "innehåller bland annat nya gränsvärden för PFAS och krav på ett riskbaserat arbetssätt. "
          "Tjänsteskrivelsen beskriver vad kraven innebär för kommunens vattenverk och föreslår åtgärder."),
    ("h1", "Kommunens vattenverk"),
    ("p", "Kommunen har två vattenverk. Mjörnverket tar råvatten från sjön Mjörn och försörjer omkring 34 000 "
          "personer i Alingsås tätort och Ingared. Sollebrunns vattenverk tar grundvatten och försörjer omkring "
          "2 600 personer i Sollebrunn. Tillsammans levererar vattenverken i genomsnitt 9 400 kubikmeter vatten "
          "per dygn."),
    ("h1", "PFAS"),
    ("p", "PFAS är en grupp med tusentals svårnedbrytbara ämnen som används bland annat i brandskum, "
          "impregnering och stekpannor. Från och med den 1 januari 2026 gäller två gränsvärden för PFAS i "
          "dricksvatten i Sverige:"),
    ("list", ["PFAS 4, summan av fyra särskilt hälsoskadliga ämnen (PFOA, PFNA, PFHxS och PFOS): 4 nanogram "
              "per liter.",
              "PFAS 21, summan av 21 PFAS-ämnen: 100 nanogram per liter."]),
    ("p", "Gränsvärdet för PFAS 4 är strängare än det som krävs enligt EU:s direktiv. Sverige har valt ett "
          "strängare gränsvärde efter en bedömning av hälsoriskerna."),
    ("h2", "Mätresultat 2025"),
    ("p", "Mjörnverket hade under 2025 ett medelvärde för PFAS 4 på 1,1 nanogram per liter och för PFAS 21 på "
          "6 nanogram per liter. Sollebrunns vattenverk hade ett medelvärde för PFAS 4 på 3,2 nanogram per "
          "liter och för PFAS 21 på 9 nanogram per liter. Det högsta enskilda värdet för PFAS 4 i Sollebrunn "
          "var 3,8 nanogram per liter, i provet från oktober."),
    ("p", "Båda vattenverken klarar alltså gränsvärdena, men Sollebrunns vattenverk ligger nära gränsvärdet "
          "för PFAS 4. Den troliga källan är en tidigare brandövningsplats omkring två kilometer från "
          "vattentäkten, där brandskum användes fram till 1990-talet."),
    ("h1", "Riskbaserat arbetssätt"),
    ("p", "Enligt direktivet ska dricksvattenproducenterna göra en riskbedömning av hela kedjan, från "
          "tillrinningsområdet till kranen. Riskbedömningen av tillrinningsområdena ska vara klar senast den 12 "
          "juli 2027, och riskbedömningen av försörjningssystemen senast den 12 juli 2029. VA-enheten planerar "
          "att bli klar med tillrinningsområdena redan i december 2026."),
    ("p", "Direktivet kräver också att stora vattenproducenter, som levererar minst 10 000 kubikmeter per dygn "
          "eller försörjer minst 50 000 personer, bedömer sina läckage. Alingsås ligger under båda gränserna. "
          "VA-enheten mäter ändå läckagen, som var 14 procent av det producerade vattnet under 2025."),
    ("h1", "Föreslagna åtgärder"),
    ("olist", ["Provtagningen av PFAS i Sollebrunns vattenverk ökas från fyra gånger per år till en gång i "
               "månaden från mars 2026.",
               "Ett filter med aktivt kol installeras i Sollebrunns vattenverk under 2027. Investeringen "
               "beräknas till 4,6 miljoner kronor, och driftkostnaden till 240 000 kr per år.",
               "Kommunen utreder tillsammans med länsstyrelsen om den tidigare brandövningsplatsen behöver "
               "saneras.",
               "Om ett prov i Sollebrunn visar mer än 4 nanogram per liter blandas vattnet med vatten från "
               "Mjörnverket via reservledningen tills filtret är på plats."]),
    ("h1", "Information till invånarna"),
    ("p", "Enligt de nya reglerna ska invånarna varje år få information om dricksvattnets kvalitet, om vad "
          "vattnet kostar och om hur mycket vatten hushållet har använt. Informationen publiceras på kommunens "
          "webbplats i mars. Dricksvattnet i Alingsås kostar omkring 3 öre per liter enligt 2026 års taxa."),
    ("h1", "Förslag till beslut"),
    ("p", "Tekniska nämnden föreslås besluta att godkänna de föreslagna åtgärderna och att ge VA-enheten i "
          "uppdrag att ta med investeringen i Sollebrunns vattenverk i investeringsbudgeten för 2027."),
]

# ---------------------------------------------------------------------------------------------
# P5. Värdlandsstöd – svenska, .pdf
# ---------------------------------------------------------------------------------------------

VARDLAND = [
    ("title", "Värdlandsstöd och militära transporter genom Alingsås – kommunens roll"),
    ("p", "Informationsunderlag till kommunstyrelsen, 2026-10-05. Kommunledningskontoret, säkerhetsenheten. "
          "Handläggare: Linnea Borg, beredskapssamordnare. Granskat av säkerhetsskyddschefen Erik Sandell. "
          "Underlaget innehåller inga säkerhetsskyddsklassificerade uppgifter."),
    ("h1", "Bakgrund"),
    ("p", "Sverige blev medlem i Nato den 7 mars 2024. Som medlem ska Sverige kunna ta emot och stödja "
          "allierade styrkor som övar i eller passerar genom landet. Det kallas värdlandsstöd. Sverige har "
          "sedan 2016 ett samförståndsavtal med Nato om värdlandsstöd, och ansvaret för det civila stödet "
          "ligger på myndigheter, regioner och kommuner inom ramen för det civila försvaret."),
    ("p", "Alingsås ligger längs E20 och Västra stambanan, två av de viktigaste förbindelserna mellan "
          "Göteborgs hamn och resten av Sverige, Norge och Finland. Militära transporter från hamnen passerar "
          "därför ofta kommunen, och under större övningar kan trupp behöva rasta eller övernatta här."),
    ("h1", "Vem ansvarar för vad?"),
    ("list", ["Försvarsmakten planerar och leder de militära transporterna och beställer stöd.",
              "Länsstyrelsen i Västra Götalands län samordnar det civila stödet i länet och är kommunens "
              "kontakt gentemot Försvarsmakten.",
              "Trafikverket ansvarar för vägarna och järnvägen.",
              "Kommunen kan bidra med lokaler, rastplatser, vatten, avfallshantering, sanitet och mat från "
              "måltidsverksamheten, och informerar invånarna om hur de påverkas.",
              "Räddningstjänsten planerar för olyckor längs transportvägarna."]),
    ("h1", "Kommunens organisation"),
    ("p", "Beredskapssamordnaren är kommunens kontaktperson för värdlandsstöd och tar emot förfrågningar från "
          "länsstyrelsen. Säkerhetsskyddschefen bedömer vilka uppgifter som är säkerhetsskyddsklassificerade. "
          "Beslut om stöd som kostar mer än 100 000 kr, eller som påverkar kommunens ordinarie verksamhet, fattas "
          "av kommundirektören. Kommunstyrelsen informeras i efterhand."),
    ("p", "Förfrågningar om stöd ska besvaras inom 48 timmar. Under en pågående övning finns en tjänsteman i "
          "beredskap dygnet runt."),
    ("h1", "Ersättning"),
    ("p", "Kommunen får ersättning för sina faktiska kostnader för värdlandsstöd. Kostnaderna faktureras "
          "Försvarsmakten via länsstyrelsen senast 30 dagar efter att stödet har lämnats. Varje förvaltning "
          "som lämnar stöd ska redovisa sin arbetstid och sina kostnader på ett eget projektnummer."),
    ("h1", "Informationssäkerhet"),
    ("p", "Uppgifter om när och var transporter passerar kan vara säkerhetsskyddsklassificerade. Medarbetare "
          "som får sådana uppgifter i tjänsten får inte sprida dem, varken muntligt, i e-post eller i sociala "
          "medier. Frågor från medier och allmänhet om transporterna hänvisas till Försvarsmakten. Kommunen "
          "informerar bara om det som rör kommunens egna verksamheter, till exempel trafikomläggningar."),
    ("h1", "Övningen i mars 2027"),
    ("p", "Försvarsmakten har meddelat att en större övning med allierade förband planeras i Västsverige i "
          "mars 2027. Transporter från Göteborgs hamn kommer att passera Alingsås under flera nätter. "
          "Länsstyrelsen har frågat om kommunen kan ordna en rastplats för fordon och en lokal där omkring 200 "
          "soldater kan äta. Kommunen har preliminärt erbjudit grusplanen vid Nolby idrottsplats som rastplats "
          "och matsalen i Nolbyskolan kvällstid. Detaljerna fastställs i januari 2027."),
    ("h1", "Krigsplacering av personal"),
    ("p", "Kommunen har under 2026 krigsplacerat 1 240 medarbetare, vilket innebär att de ska arbeta i "
          "kommunen även vid höjd beredskap. Arbetet ska vara klart för samtliga tillsvidareanställda i "
          "samhällsviktiga verksamheter före utgången av 2027."),
    ("h1", "Utbildning"),
    ("p", "Chefer i samhällsviktiga verksamheter ska gå en utbildning om civilt försvar och värdlandsstöd. "
          "Utbildningen tar en halv dag och ges vid fyra tillfällen under våren 2027, första gången den 2 "
          "februari. Anmälan görs till beredskapssamordnaren."),
]

# ---------------------------------------------------------------------------------------------
# P6. EU Ecolabel for Mjörnstranden Camping – English, .pdf
# ---------------------------------------------------------------------------------------------

ECOLABEL = [
    ("title", "EU Ecolabel for Mjörnstranden Camping – application plan"),
    ("p", "Culture and Leisure Department, Alingsås Municipality. Plan approved by the head of the leisure "
          "unit on 3 November 2026. Prepared by Oscar Lind, campsite manager. Written in English so that it "
          "can be shared with the campsite's seasonal staff, many of whom do not speak Swedish."),
    ("h1", "Why the EU Ecolabel?"),
    ("p", "The EU Ecolabel is the European Union's official environmental label, established in 1992. For "
          "tourist accommodation, including campsites, the criteria cover energy, water, waste, chemicals, "
          "environmental management and information to guests. Some criteria are mandatory, and others give "
          "points; a campsite must meet all mandatory criteria and reach a minimum number of points."),
    ("p", "About a third of the campsite's guests come from Germany, the Netherlands and Denmark, where the EU "
          "Ecolabel is well known. The label would help the campsite to reach guests who choose sustainable "
          "accommodation and would support the municipality's environmental goals."),
    ("h1", "The campsite"),
    ("p", "Mjörnstranden Camping is run by the municipality on the eastern shore of lake Mjörn. It has 86 "
          "pitches, 12 cabins, a service building with showers and a kitchen, and a small shop. The 2027 season "
          "runs from 23 April to 19 September. In 2026 the campsite had 14,300 guest nights."),
    ("table", [["Accommodation", "Price per night 2027"],
               ["Tent pitch", "SEK 260"],
               ["Caravan or motorhome pitch with electricity", "SEK 320"],
               ["Cabin, four beds", "SEK 790"]]),
    ("h1", "Who decides and who checks?"),
    ("p", "In Sweden, applications for the EU Ecolabel are handled by Miljömärkning Sverige, which also runs "
          "the Nordic Swan Ecolabel. Miljömärkning Sverige checks the documents, visits the campsite and decides "
          "whether the label can be granted. The label is valid as long as the campsite meets the criteria and "
          "pays the annual fee."),
    ("h1", "Costs"),
    ("p", "The application fee is estimated at SEK 18,000. The annual fee is based on the campsite's turnover "
          "and may, according to the EU rules, be at most 0.15 percent of the annual turnover, with a ceiling "
          "of EUR 25,000. For Mjörnstranden, with a turnover of about SEK 5.2 million, the annual fee would be at "
          "most about SEK 7,800."),
    ("p", "The investments that are needed to meet the criteria are estimated at SEK 260,000:"),
    ("list", ["water-saving shower heads and taps in the service building (SEK 110,000);",
              "sub-meters for electricity and water in the service building and cabins (SEK 65,000);",
              "new waste sorting station with seven fractions (SEK 55,000);",
              "signs and guest information in Swedish, English and German (SEK 30,000)."]),
    ("h1", "Where the campsite stands today"),
    ("list", ["The campsite has bought renewable electricity since 2021.",
              "The showers use about 12 litres per minute; the goal is at most 9 litres per minute.",
              "Waste is sorted in four fractions; the goal is seven fractions, including food waste.",
              "Cleaning products with an environmental label are used in the service building but not in the "
              "cabins.",
              "There is no written environmental policy or action plan yet."]),
    ("h1", "Timetable"),
    ("table", [["When", "What"],
               ["November 2026 – February 2027", "Investments and written environmental policy"],
               ["March 2027", "Application sent to Miljömärkning Sverige"],
               ["May 2027", "Inspection visit at the campsite"],
               ["June 2027", "Expected decision"],
               ["2027 season", "Training of seasonal staff during the introduction week in April"]]),
    ("h1", "Staff and guests"),
    ("p", "All seasonal staff take part in a two-hour environmental training during the introduction week. The "
          "campsite appoints one of the permanent staff as environmental coordinator. Guests are informed about "
          "the label and how they can help, for example by sorting waste and saving water, in a leaflet at "
          "check-in and on signs in the service building."),
    ("h1", "Motorhome guests"),
    ("p", "Motorhome guests who only want to stay one night are referred to the municipal motorhome parking "
          "areas, which are cheaper but have no showers. The campsite's own emptying station for grey and black "
          "water is only for guests staying at the campsite."),
]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(EUDR, folder / "avskogningsforordningen-i-upphandling.docx")
    write_docx(LONETRANSPARENS, folder / "lonetransparensdirektivet-handlingsplan.docx")
    write_docx(TJANSTLEDIGHET, folder / "tjanstledighet-internationella-uppdrag.docx")
    write_docx(BRUSSELS, folder / "brussels-internship-grant-2027.docx")
    write_docx(UNESCO, folder / "unesco-associated-schools-application.docx")
    write_docx(EUDI, folder / "eu-digital-identitetsplanbok-forstudie.docx")
    write_docx(BESOKARE, folder / "aldre-besokare-fran-utlandet-rutin.docx")
    write_pdf(BATTERY, folder / "battery-regulation-municipal-fleet.pdf",
              "Alingsås Municipality – Fleet Unit", "Page")
    write_pdf(BARPLOCKARE, folder / "tillsyn-barplockarboenden-2026.pdf",
              "Alingsås kommun – Miljö- och hälsoskyddsenheten", "Sida")
    write_pdf(HANDBALL, folder / "faroe-islands-handball-camp-2026.pdf",
              "Alingsås Municipality – Culture and Leisure Department", "Page")
    write_pdf(PFAS, folder / "dricksvatten-pfas-tjansteskrivelse.pdf",
              "Alingsås kommun – Tjänsteskrivelse TN 2026/0027", "Sida")
    write_pdf(VARDLAND, folder / "vardlandsstod-militara-transporter.pdf",
              "Alingsås kommun – Kommunledningskontoret", "Sida")
    write_pdf(ECOLABEL, folder / "eu-ecolabel-mjornstranden-camping.pdf",
              "Alingsås Municipality – Mjörnstranden Camping", "Page")
    print(f"wrote 13 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
