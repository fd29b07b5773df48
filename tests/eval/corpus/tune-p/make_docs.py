"""Writes the Word and PDF documents of evaluation part tune-p into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's work with EU competitions, EU programmes and
new EU rules (smart tourism, soil, bathing water, green claims, repair, a youth orchestra exchange, a civil
protection exercise, the Data Act, the health data space, New European Bauhaus and posted workers) for an
evaluation corpus. People, phone numbers, amounts, companies and internal rules are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-p/make_docs.py

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
# D1. European Green Pioneer of Smart Tourism – English, .docx
# ---------------------------------------------------------------------------------------------

SMART_TOURISM = [
    ("title", "Application plan: European Green Pioneer of Smart Tourism 2027"),
    ("p", "Visit Alingsås and the Business Development Unit, Alingsås Municipality. Approved by the Municipal "
          "Executive Board on 15 September 2026 (§ 142, ref. KS 2026/0388). Version 1.2, 20 October 2026."),
    ("h1", "1. The competition"),
    ("p", "The European Capital of Smart Tourism is an EU initiative run by the European Commission that rewards "
          "cities for innovative and sustainable tourism. Since the 2025 edition the competition has two titles. "
          "Cities with more than 100,000 inhabitants compete for the title European Capital of Smart Tourism. "
          "Cities with between 25,000 and 100,000 inhabitants compete for the title European Green Pioneer of "
          "Smart Tourism. With about 42,600 inhabitants, Alingsås can only apply for the Green Pioneer title."),
    ("p", "Applications are assessed in four categories: accessibility, sustainability, digitalisation, and "
          "cultural heritage and creativity. A city must describe measures it has already carried out in all four "
          "categories; plans alone do not score."),
    ("h1", "2. Why we apply"),
    ("list", ["To give the tourism businesses in Alingsås a shared goal for the next three years.",
              "To get European visibility for the fika capital brand without buying advertising.",
              "To learn from the network of former winners and finalists.",
              "To check our own work against European criteria, even if we do not win."]),
    ("h1", "3. Timetable"),
    ("table", [["Step", "Date", "Responsible"],
               ["Call for applications opens", "14 October 2026", "European Commission"],
               ["First draft to the steering group", "15 January 2027", "Destination developer"],
               ["Final English proofreading", "25–29 January 2027", "External proofreader"],
               ["Application deadline", "4 February 2027, 17:00 CET", "Tourism manager"],
               ["Pre-selection results", "April 2027", "European jury"],
               ["Finalists present their city to the jury in Brussels", "June 2027 (date not yet set)",
                "Tourism manager and the chair of the Municipal Executive Board"],
               ["Award ceremony", "November 2027", "European Commission"]]),
    ("h1", "4. What we will show in each category"),
    ("table", [["Category", "Main examples from Alingsås", "Key figure"],
               ["Accessibility", "Step-free fika walk with an audio guide; accessible fishing jetty at Nolhaga",
                "9 of 12 main sights are step-free"],
               ["Sustainability", "Railway station 300 metres from the centre; eco-certified accommodation",
                "62 % of hotel beds are eco-certified"],
               ["Digitalisation", "The visitor app Alingsås Nu and open data on events",
                "18,400 app downloads in 2025"],
               ["Cultural heritage and creativity", "The Alströmer heritage trail; textile workshops with local "
                "designers", "35 guided cultural events a year"]]),
    ("p", "The audio guide for the fika walk is available in Swedish and English. German and Finnish versions are "
          "recorded in November 2026 and published in December 2026, so that the guide exists in four languages "
          "when the application is sent."),
    ("h1", "5. Organisation"),
    ("p", "The project owner is tourism manager Petra Sandberg at Visit Alingsås. The application is written by "
          "destination developer Jonas Ekström, who spends about half of his working time on it from November 2026 "
          "to February 2027. A steering group with the head of business development, the head of culture and two "
          "representatives of the local tourism businesses meets every third week."),
    ("h1", "6. Budget"),
    ("p", "The application costs SEK 180,000 in external costs, taken from the tourism budget for 2026 and 2027: "
          "SEK 65,000 for copywriting and English proofreading, SEK 90,000 for a two-minute application video and "
          "SEK 25,000 for photos and graphic design. Staff time, about 420 hours, is not included. If Alingsås "
          "reaches the final, the trip to Brussels for three people is estimated at SEK 30,000 extra."),
    ("h1", "7. If we win"),
    ("p", "The title carries no cash prize. The winner receives communication and branding support from the "
          "Commission for one year, a sculpture for the city and a promotional video. In return the city must take "
          "part in the Commission's network of smart tourism destinations, present its practices at two or more "
          "European events and report on the year with the title."),
    ("h1", "8. Risks"),
    ("list", ["Several examples depend on private businesses; each business must confirm in writing before "
              "15 January 2027 that it may be named in the application.",
              "If the German and Finnish audio guides are delayed, the accessibility category loses one of its "
              "strongest examples.",
              "The deadline of 4 February cannot be moved, so the video must be delivered by 22 January 2027."]),
]

# ---------------------------------------------------------------------------------------------
# D8. Miljöpåståenden – svenska, .docx
# ---------------------------------------------------------------------------------------------

GRONA = [
    ("title", "Vägledning: miljöpåståenden i marknadsföring från kommunen och de kommunala bolagen"),
    ("p", "Kommunikationsenheten, kommunledningskontoret, i samråd med kommunjuristen. Version 1, 2026-08-31. "
          "Gäller för kommunens förvaltningar, Visit Alingsås och de kommunala bolagen."),
    ("h1", "Nya regler från den 27 september 2026"),
    ("p", "EU:s direktiv om att stärka konsumenternas ställning i den gröna omställningen, direktiv (EU) 2024/825, "
          "har införts i marknadsföringslagen. De nya reglerna gäller från den 27 september 2026. De förbjuder "
          "vissa miljöpåståenden helt och skärper kraven på att andra påståenden ska kunna styrkas."),
    ("p", "Reglerna gäller marknadsföring till konsumenter. För kommunen betyder det framför allt Alingsås Energis "
          "försäljning av el och fjärrvärme, Visit Alingsås webbshop och paketresor, Nolhagabadets entréer och "
          "kommunens försäljning av evenemangsbiljetter. Myndighetsinformation, till exempel om sophämtning eller "
          "om kommunens klimatmål, omfattas inte, men kommunen ska ändå följa samma principer."),
    ("h1", "Det här är förbjudet"),
    ("list", ["Allmänna miljöpåståenden som miljövänlig, grön, klimatsmart, eko eller naturlig, om man inte kan "
              "visa en erkänd utmärkt miljöprestanda, till exempel genom EU-miljömärket eller Svanen.",
              "Att påstå att en vara eller tjänst är klimatneutral, har minskad klimatpåverkan eller är "
              "klimatpositiv om påståendet bygger på klimatkompensation.",
              "Hållbarhetsmärkningar som inte bygger på ett certifieringssystem eller har inrättats av en "
              "myndighet.",
              "Att framhålla något som lagen redan kräver som en särskild fördel, till exempel att en produkt "
              "saknar ett ämne som redan är förbjudet."]),
    ("h1", "Påståenden om framtiden"),
    ("p", "Ett påstående om framtida miljöprestanda, som fossilfria 2030, är bara tillåtet om det finns en "
          "detaljerad och realistisk genomförandeplan med mätbara delmål, och om planen regelbundet granskas av en "
          "oberoende expert vars slutsatser är offentliga."),
    ("h1", "Exempel"),
    ("table", [["Påstående", "Tillåtet?", "Kommentar"],
               ["Klimatneutral fjärrvärme", "Nej", "Bygger på kompensation för utsläppen från spetslasten"],
               ["Vår fjärrvärme kommer till 97 procent från restvärme och biobränsle", "Ja",
                "Om siffran kan styrkas med årets produktionsdata"],
               ["Grönt kort till Nolhagabadet", "Nej", "Ordet grönt ger intryck av en miljöfördel; byt namn"],
               ["Svanenmärkt vandrarhem", "Ja", "Märkningen är ett certifieringssystem"],
               ["Fossilfri kollektivtrafik 2030", "Bara med plan", "Kräver genomförandeplan och oberoende granskning"],
               ["Återvunnen plast i påsarna i webbshoppen", "Ja, om andelen anges",
                "Skriv till exempel 80 procent återvunnen plast"]]),
    ("h1", "Så granskar du ett påstående"),
    ("olist", ["Skriv påståendet så konkret som möjligt: vad, hur mycket och jämfört med vad.",
               "Samla underlaget, till exempel mätdata eller certifikat, och spara det i ärendet i minst fem år.",
               "Skicka texten till miljöstrategen för granskning minst tio arbetsdagar före publicering.",
               "Ändra eller stryk påståendet om underlaget inte räcker.",
               "Gå igenom påståendet igen varje år och när underlaget ändras."]),
    ("h1", "Inventeringen hösten 2026"),
    ("p", "Under augusti och september 2026 gick kommunikationsenheten igenom 146 webbsidor och 38 trycksaker. "
          "23 påståenden behövde ändras, varav nio i Alingsås Energis material. Alingsås Energi byter namn på "
          "produkten Grön fjärrvärme till Fjärrvärme Restvärme+, vilket kostar cirka 240 000 kr för nytt material "
          "och nya avtalsmallar."),
    ("h1", "Vad händer om vi gör fel?"),
    ("p", "Konsumentverket har tillsyn över marknadsföringslagen. Konsumentombudsmannen kan föra talan i Patent- "
          "och marknadsdomstolen och begära att bolaget eller kommunen förbjuds att använda påståendet vid vite, "
          "och i allvarliga fall att en marknadsstörningsavgift ska betalas."),
    ("h1", "Utbildning och kontakt"),
    ("p", "Alla som skriver marknadsföring ska gå kommunikationsenhetens webbinarium om miljöpåståenden, som hålls "
          "den 12 januari 2027 klockan 9.00–11.00 och spelas in. Frågor om vägledningen besvaras av kommunikatören "
          "Maja Ekholm. Påståendena granskas av miljöstrategen Anders Wikström."),
]

# ---------------------------------------------------------------------------------------------
# D10. Reparationscheck – svenska, .docx
# ---------------------------------------------------------------------------------------------

REPARATIONSCHECK = [
    ("title", "Försök med reparationscheck 2027 – regler och beslutsunderlag"),
    ("p", "Avfall och återvinning, samhällsbyggnadsförvaltningen. Beslutat av kommunstyrelsen 2026-12-07, § 201. "
          "Diarienummer KS 2026/0512."),
    ("h1", "Bakgrund"),
    ("p", "EU:s direktiv om gemensamma regler för att främja reparation av varor, direktiv (EU) 2024/1799, skulle "
          "vara infört i medlemsstaternas lagstiftning senast den 31 juli 2026. Direktivet ger konsumenter rätt att "
          "få vissa varor reparerade av tillverkaren även efter att garantin har gått ut, till exempel "
          "tvättmaskiner, diskmaskiner, kylskåp, dammsugare och mobiltelefoner. Om konsumenten väljer reparation i "
          "stället för en ny vara inom reklamationstiden förlängs säljarens ansvar för fel med tolv månader."),
    ("p", "Varje medlemsstat ska också vidta minst en åtgärd som främjar reparation, till exempel "
          "reparationscheckar, stöd till reparationscaféer eller informationskampanjer. Kommunens avfallsplan "
          "2025–2030 har ett mål om att mängden grovavfall per invånare ska minska med 15 procent till 2030. "
          "Reparationschecken är en del av det arbetet."),
    ("h1", "Så fungerar checken"),
    ("list", ["Checken täcker halva reparationskostnaden, högst 500 kr per reparation.",
              "Varje hushåll kan använda högst två checkar under försöksperioden.",
              "Den som använder checken ska vara folkbokförd i Alingsås kommun och visa legitimation hos "
              "reparatören.",
              "Reparatören drar av checken direkt på kundens kvitto och fakturerar kommunen en gång i månaden."]),
    ("h1", "Vad kan repareras?"),
    ("table", [["Kategori", "Exempel", "Ingår?"],
               ["Hushållsmaskiner", "Tvättmaskin, diskmaskin, kaffebryggare", "Ja"],
               ["Elektronik", "Mobiltelefon, dator, hörlurar", "Ja"],
               ["Cyklar", "Vanliga cyklar och elcyklar", "Ja"],
               ["Kläder, skor och väskor", "Byte av dragkedja, omsulning", "Ja"],
               ["Möbler", "Omklädsel av stolar, lagning av trasiga ben", "Ja"],
               ["Fordon", "Bilar, mopeder, båtmotorer", "Nej"],
               ["Fel som omfattas av garanti eller reklamationsrätt", "Alla varor",
                "Nej, säljaren ska då reparera utan kostnad"]]),
    ("h1", "Försöksperiod och budget"),
    ("p", "Försöket pågår från den 1 mars till den 30 november 2027. Kommunstyrelsen har avsatt 400 000 kr, vilket "
          "räcker till minst 800 reparationer. Pengarna tas från avfallsavgifterna. Om pengarna tar slut före den "
          "30 november avslutas försöket i förtid."),
    ("h1", "Reparatörer"),
    ("p", "Sjutton lokala reparatörer har hittills skrivit avtal med kommunen, bland annat skomakare, "
          "cykelverkstäder, skräddare och elektronikverkstäder."),
    ("h2", "Så blir en reparatör ansluten"),
    ("olist", ["Reparatören anmäler intresse i kommunens e-tjänst Reparationscheck för företag.",
               "Avfall och återvinning kontrollerar att företaget har F-skatt och inte har skulder hos "
               "Kronofogden.",
               "Reparatören skriver under ett avtal som gäller under hela försöket.",
               "Reparatören får en dekal till butiken och listas på kommunens webbplats.",
               "Reparatören skickar en samlad faktura till kommunen senast den femte vardagen i varje månad, med "
               "kundernas kvitton som underlag."]),
    ("h1", "Uppföljning"),
    ("p", "Målet är att checken ska användas till minst 700 reparationer. En utvärdering med enkät till kunder och "
          "reparatörer lämnas till kommunstyrelsen i februari 2028."),
    ("p", "Projektledare för försöket är avfallsplaneraren Emma Sjöberg."),
]

# ---------------------------------------------------------------------------------------------
# D15. Brev till vårdnadshavare, orkesterresan – svenska, .docx
# ---------------------------------------------------------------------------------------------

BREV_LUCCA = [
    ("title", "Till vårdnadshavare: orkesterresan till Lucca 10–17 juli 2027"),
    ("p", "Kulturskolan, Alingsås kommun. Brev till vårdnadshavare till musiker i Alingsås ungdomssymfoniorkester, "
          "15 december 2026."),
    ("h1", "Resan i korthet"),
    ("p", "Alingsås ungdomssymfoniorkester reser till Lucca i Italien den 10–17 juli 2027 för ett utbyte med en "
          "ungdomsorkester där. Resan är ett ungdomsutbyte inom Erasmus+, EU:s program för utbildning, ungdom och "
          "idrott, som har en budget på 26,2 miljarder euro för 2021–2027. Musikerna repeterar tillsammans med de "
          "italienska ungdomarna och ger två konserter."),
    ("h1", "Vad kostar det?"),
    ("p", "Egenavgiften är 1 500 kr per musiker och betalas mot faktura senast den 31 mars 2027. I avgiften ingår "
          "resa, boende, alla måltider och utflykten. Fickpengar står ni själva för; vi rekommenderar högst 50 euro. "
          "Familjer som har försörjningsstöd betalar ingen egenavgift. Kontakta rektor senast den 31 mars om det "
          "gäller er."),
    ("h1", "Det här behöver ni göra"),
    ("olist", ["Fyll i och skriv under samtyckesblanketten senast den 15 mars 2027.",
               "Kontrollera att ditt barn har ett pass eller nationellt id-kort som gäller minst till och med den "
               "17 juli 2027.",
               "Beställ det europeiska sjukförsäkringskortet hos Försäkringskassan. Det kostar inget och tar ungefär "
               "tio dagar.",
               "Kontrollera att hemförsäkringen gäller för ert privata instrument under resan.",
               "Betala egenavgiften senast den 31 mars 2027."]),
    ("h1", "Informationsmöte"),
    ("p", "Vi håller ett informationsmöte för vårdnadshavare och musiker tisdagen den 2 mars 2027 klockan 18.30 i "
          "Kulturskolans aula på Stadsparksgatan 4. Där går vi igenom programmet, packlistan och reglerna under "
          "resan."),
    ("h1", "Regler under resan"),
    ("list", ["Musikerna får inte lämna gruppen utan en ledare, utom på utflyktsdagen då de får röra sig i grupper "
              "om minst tre.",
              "Mobiltelefonerna samlas in klockan 23.00 varje kväll.",
              "Alkohol, tobak och snus är förbjudet under hela resan, även för den som har fyllt 18 år.",
              "Den som bryter mot reglerna kan skickas hem på vårdnadshavarens bekostnad efter samråd med rektor."]),
    ("h1", "Kontakt"),
    ("p", "Frågor om resan besvaras av samordnaren Sofia Nilsson på Kulturskolan. Under resan nås ledarna dygnet "
          "runt på ett gemensamt jourtelefonnummer som vi delar ut på informationsmötet."),
]

# ---------------------------------------------------------------------------------------------
# D17. Övningsplan Säveflod 2027 – svenska, .docx
# ---------------------------------------------------------------------------------------------

SAVEFLOD = [
    ("title", "Övningsplan för fullskaleövningen Säveflod 2027"),
    ("p", "Räddningstjänsten Alingsås–Vårgårda och kommunledningskontorets säkerhetsenhet. Fastställd av "
          "övningsledningen 2026-11-30. Version 3."),
    ("h1", "Om övningen"),
    ("p", "Säveflod 2027 är en fullskaleövning inom EU:s civilskyddsmekanism. Övningen prövar hur Sverige tar emot "
          "internationell hjälp vid en stor översvämning, så kallat värdlandsstöd, och hur kommunen, "
          "räddningstjänsten och länsstyrelsen samverkar med de internationella modulerna. Myndigheten för "
          "samhällsskydd och beredskap (MSB) samordnar övningen på nationell nivå, och Alingsås är värdkommun."),
    ("p", "Övningen genomförs den 19–21 maj 2027. Scenariot är att långvarigt regn och snösmältning får Säveån och "
          "Mjörn att svämma över, så att delar av centrala Alingsås, reningsverket och flera vägar står under "
          "vatten."),
    ("h1", "Deltagare"),
    ("p", "Ungefär 450 personer från fem länder deltar. Förutom de svenska aktörerna kommer en modul för "
          "högkapacitetspumpning från Finland, en modul för räddning med båt vid översvämning från Estland, en "
          "vattenreningsmodul från Polen och ett team för tekniskt stöd från Norge. Dessutom deltar 25 observatörer "
          "från andra EU-länder och 120 figuranter som spelar drabbade invånare."),
    ("h1", "Finansiering"),
    ("p", "Övningen har beviljats bidrag från EU:s civilskyddsmekanism. Den totala budgeten är EUR 1 180 000, och "
          "EU-bidraget täcker 85 procent av de stödberättigande kostnaderna, högst EUR 1 003 000. Kommunens egen "
          "insats är personaltid för ungefär 1,2 miljoner kronor, som inte ersätts av bidraget."),
    ("h1", "Tidplan"),
    ("table", [["Möte eller aktivitet", "Datum", "Plats"],
               ["Inledande planeringskonferens", "14 oktober 2026", "Stadshuset, Alingsås"],
               ["Huvudplaneringskonferens", "2 februari 2027", "Digitalt"],
               ["Slutlig planeringskonferens", "13 april 2027", "Räddningsstationen i Alingsås"],
               ["Övningen", "19–21 maj 2027", "Säveåns dalgång och centrala Alingsås"],
               ["Utvärderingsseminarium", "8 juni 2027", "Stadshuset, Alingsås"],
               ["Slutrapport till EU-kommissionen", "30 september 2027", "MSB skickar rapporten"]]),
    ("h1", "Baslägret"),
    ("p", "De internationella modulerna bor och arbetar från ett basläger på Nolhaga IP:s grusplan, där kommunen "
          "ordnar el, vatten, toaletter och avfallshantering. Idrottshallen intill används som sovsal för modulerna "
          "från Estland och Norge. Grusplanen är stängd för föreningarna den 17–23 maj 2027."),
    ("h1", "Kommunens krisledning"),
    ("p", "Kommunens krisledningsstab övar alla tre dagarna, klockan 07.00–19.00. Stabschef under övningen är "
          "säkerhetssamordnaren. Varje förvaltning ska utse en kontaktperson till staben senast den 15 mars 2027."),
    ("h1", "Så anmäler du dig som anställd"),
    ("olist", ["Prata med din chef. Deltagande sker på arbetstid och kräver chefens godkännande.",
               "Anmäl dig i formuläret Säveflod 2027 på intranätet senast den 16 april 2027.",
               "Välj roll: stabsfunktion, värdlandsstöd, kommunikation eller figurant.",
               "Gå den obligatoriska säkerhetsgenomgången den 18 maj 2027 klockan 13.00."]),
    ("h1", "Säkerhet"),
    ("p", "Om en verklig nödsituation uppstår under övningen används kodordet NO DUFF i radio och telefon. Då "
          "avbryts övningen på den platsen omedelbart. Alla som vistas nära vattnet ska bära flytväst."),
    ("h1", "Kontakt"),
    ("p", "Övningsledare är Henrik Dahl på räddningstjänsten. Kommunens säkerhetssamordnare Malin Forsgren ansvarar "
          "för krisledningsstaben och värdlandsstödet."),
]

# ---------------------------------------------------------------------------------------------
# D21. The Data Act – English, .docx
# ---------------------------------------------------------------------------------------------

DATA_ACT = [
    ("title", "Briefing: the EU Data Act and the municipality's connected buildings, meters and cloud services"),
    ("p", "Digitalisation Unit, Municipal Executive Office, for the Property Unit, Alingsås Energi and the IT "
          "steering group. 12 November 2026."),
    ("h1", "What the Data Act is"),
    ("p", "The Data Act, Regulation (EU) 2023/2854, has applied since 12 September 2025. It gives the users of "
          "connected products, such as heat meters, lifts, ventilation units and charging boxes, the right to "
          "access the data that the products generate and to share it with a third party of their choice. It also "
          "makes it easier to switch between cloud services, and it lets public bodies ask companies for data in "
          "exceptional situations such as a public emergency."),
    ("h1", "Key dates"),
    ("table", [["Date", "What applies"],
               ["12 September 2025", "Most of the regulation, including the users' right to access data and the "
                "cloud switching rules"],
               ["12 September 2026", "Connected products placed on the market from this date must be designed so "
                "that users can access their data directly"],
               ["12 January 2027", "Cloud providers may no longer charge any fee for switching or for moving data "
                "out"],
               ["12 September 2027", "The rules on unfair contract terms also cover long-running contracts signed "
                "before 12 September 2025"]]),
    ("h1", "Where the municipality is affected"),
    ("table", [["Area", "Connected products or services", "Number"],
               ["Property Unit", "Building management systems in municipal buildings", "64 buildings"],
               ["Property Unit", "Remote monitoring of lifts", "38 lifts"],
               ["Alingsås Energi", "Remotely read heat and electricity meters", "7,850 meters"],
               ["Fleet", "Charging boxes at municipal car parks", "69 charging points"],
               ["All departments", "Cloud services under contract", "27 services"]]),
    ("h1", "What we must do"),
    ("olist", ["Make a list of all contracts for connected products and cloud services, showing who owns the data "
               "and how it can be exported. The list is to be ready by 31 March 2027.",
               "Review the contracts that run beyond 2027 and add data clauses, using the Commission's model "
               "contractual terms as a starting point.",
               "In every new procurement of connected products, require that the municipality gets its data free of "
               "charge in a machine-readable format.",
               "When a cloud contract ends, ask the provider for an exit plan; since 12 January 2027 the move must "
               "be free of charge."]),
    ("h1", "Alingsås Energi's customers"),
    ("p", "As users of a connected product, private customers have the right to see the data from their own heat "
          "meter. Alingsås Energi already shows hourly values in its customer portal. From autumn 2027 customers "
          "will also be able to download the data themselves and give an energy adviser access to it. The new "
          "export function costs SEK 350,000."),
    ("h1", "Costs"),
    ("p", "The legal review of the 12 longest contracts is done by an external law firm for about SEK 85,000 and "
          "must be finished by 30 June 2027. Other work is done within existing budgets."),
    ("h1", "Requests from public bodies"),
    ("p", "The Data Act lets public bodies, including municipalities, request data from companies when there is an "
          "exceptional need, for example to respond to a flood. Such a request must be in writing, explain why the "
          "data is needed and be limited in time. A request from the municipality must be approved by the head of "
          "the Municipal Executive Office. No request has been made so far."),
    ("h1", "Contact"),
    ("p", "Questions about the Data Act are answered by information security officer David Holmgren at the "
          "Digitalisation Unit."),
]

# ---------------------------------------------------------------------------------------------
# D25. Stationsparken, New European Bauhaus – svenska, .docx
# ---------------------------------------------------------------------------------------------

STATIONSPARKEN = [
    ("title", "Projektplan: Stationsparken – ett New European Bauhaus-projekt 2026–2028"),
    ("p", "Samhällsbyggnadsförvaltningen, park och natur, i samarbete med kultur- och fritidsförvaltningen. Antagen "
          "av samhällsbyggnadsnämnden 2026-10-20, § 112."),
    ("h1", "Bakgrund"),
    ("p", "New European Bauhaus (NEB) är ett initiativ från EU-kommissionen som ska koppla ihop den gröna "
          "omställningen med vardagsmiljöer som är vackra och där alla får plats. Initiativet bygger på tre värden: "
          "hållbarhet, estetik och inkludering. EU stöder NEB-projekt genom flera program och delar varje år ut "
          "priset New European Bauhaus Prize."),
    ("p", "Stationsparken ligger mellan resecentrum och Stora torget. Parken är sliten, har få sittplatser i skugga "
          "och står under vatten vid kraftiga regn. Många resenärer passerar men få stannar, och parken upplevs som "
          "otrygg på kvällen."),
    ("h1", "Mål"),
    ("list", ["Fler ska vilja stanna i parken, särskilt äldre och barnfamiljer.",
              "Parken ska kunna ta hand om regnvattnet från ett 30-årsregn utan att gångvägarna svämmar över.",
              "Minst hälften av materialet i nya murar och sittplatser ska vara återbrukat.",
              "Invånarna ska vara med och forma parken genom en medborgardialog."]),
    ("h1", "Medborgardialog"),
    ("p", "Dialogen genomförs i tre workshoppar under hösten 2026 och vintern 2027. Den första hålls på plats i "
          "parken och de två andra i Stadsbiblioteket. Alla workshoppar tolkas till engelska och arabiska. "
          "Förslagen sammanställs i ett gestaltningsprogram som samhällsbyggnadsnämnden beslutar om i mars 2027."),
    ("h1", "Återbruk"),
    ("p", "Granitkantsten från den gamla busshållplatsen vid resecentrum, 180 meter, återanvänds som sittmurar. "
          "Gatstenen från den del av Stora torget som lades om 2025 används i nya gångstråk. Parkbänkarna renoveras "
          "av arbetsmarknadsenhetens snickeri."),
    ("h1", "Budget"),
    ("table", [["Post", "Belopp"],
               ["Projektering och medborgardialog", "1,3 miljoner kronor"],
               ["Markarbeten och regnbäddar", "7,4 miljoner kronor"],
               ["Murar, sittplatser och belysning", "4,6 miljoner kronor"],
               ["Växter och träd", "1,2 miljoner kronor"],
               ["Summa", "14,5 miljoner kronor"]]),
    ("p", "Kommunen finansierar 12,4 miljoner kronor genom investeringsbudgeten, och Boverket har beviljat 2,1 "
          "miljoner kronor i bidrag till utemiljöer. Kommunen har också sökt New European Bauhaus Prize 2027, där "
          "ett vinnande projekt får upp till €30,000. Prispengarna skulle i så fall användas till konstnärliga "
          "inslag i parken."),
    ("h1", "Tidplan"),
    ("list", ["Medborgardialog: september 2026–januari 2027.",
              "Beslut om gestaltningsprogrammet: mars 2027.",
              "Byggstart: 15 april 2027.",
              "Invigning av parken: juni 2028."]),
    ("h1", "Organisation"),
    ("p", "Projektledare är landskapsarkitekten Sanna Berglöf på park och natur. En konstnär knyts till projektet "
          "genom kultur- och fritidsförvaltningens enhet för offentlig konst. Referensgruppen består av "
          "pensionärsrådet, ungdomsrådet, rådet för funktionshinderfrågor och två handlare vid Stora torget."),
]

# ---------------------------------------------------------------------------------------------
# P1. SOILCOMMONS living lab – English, .pdf
# ---------------------------------------------------------------------------------------------

SOILCOMMONS = [
    ("title", "SOILCOMMONS Living Lab Alingsås – project brief"),
    ("p", "Alingsås Municipality, Community Development Department. Project brief for politicians and staff, "
          "30 September 2026."),
    ("h1", "The EU Mission on soil"),
    ("p", "A Soil Deal for Europe is one of the EU Missions in Horizon Europe, the EU's programme for research and "
          "innovation. The Mission aims to set up 100 living labs and lighthouses by 2030 to lead the transition "
          "towards healthy soils. A living lab is a partnership of farmers, researchers, municipalities and "
          "residents that tests solutions in real places over several years."),
    ("p", "The Mission has eight objectives, among them to conserve and increase soil organic carbon, to stop soil "
          "sealing and increase the reuse of urban soils, to reduce soil pollution and to improve soil literacy in "
          "society."),
    ("h1", "The project"),
    ("p", "SOILCOMMONS is an Innovation Action under the Mission. It started on 1 September 2026 and runs for five "
          "years, until 31 August 2031. It has 14 partners in seven countries and is coordinated by the Institute "
          "for Land and Soil Research in Ghent, Belgium. The total EU contribution is EUR 6 480 000. The project "
          "sets up six living labs on land close to towns; Alingsås hosts the only Nordic one."),
    ("h1", "The living lab in Alingsås"),
    ("p", "The living lab covers three kinds of land owned by the municipality:"),
    ("list", ["86 hectares of municipal farmland at Ödenäs, leased to five farmers, where cover crops, reduced "
              "tillage and biochar are tested on trial plots.",
              "The allotment gardens at Lövekulle with 112 plots, where soil quality and contaminants are surveyed "
              "and the allotment holders learn to test their own soil.",
              "School gardens at four schools, where pupils in years 4–6 count earthworms and measure how fast "
              "water soaks into the soil."]),
    ("h1", "Budget for Alingsås"),
    ("p", "The municipality's share of the grant is €412,500 for the five years. As a public body, the "
          "municipality has its eligible direct costs funded at 100 per cent, plus a flat rate of 25 per cent for "
          "indirect costs. No municipal co-financing is needed, but staff time beyond the budgeted hours is paid by "
          "the department."),
    ("table", [["Cost item", "EUR"],
               ["Staff: project manager 50 %, ecologist 20 %", "240,000"],
               ["Soil analyses", "50,000"],
               ["Payments to farmers for trial plots", "30,000"],
               ["Travel to partner meetings", "10,000"],
               ["Indirect costs, 25 % flat rate", "82,500"],
               ["Total", "412,500"]]),
    ("h1", "Farmers"),
    ("p", "Each of the five tenant farmers at Ödenäs is paid EUR 1,200 per year for the extra work with the trial "
          "plots. Taking part is voluntary and does not change the lease. The trial plots are at most two hectares "
          "per farm."),
    ("h1", "Soil sampling"),
    ("p", "Soil samples are taken in September 2027, 2029 and 2031, always at the same GPS-marked points, at depths "
          "of 0–30 and 30–60 centimetres. The laboratory analyses soil organic carbon, pH, nutrients and bulk "
          "density, and in the allotments also lead, cadmium and other metals. Earthworms are counted every spring."),
    ("h1", "Open data"),
    ("p", "Measurement results are published as open data twelve months after sampling, but the exact location of "
          "each allotment plot is never published. The results for a single plot are sent only to the person who "
          "rents it."),
    ("h1", "Organisation and contact"),
    ("p", "The project manager is Linnea Tornberg, municipal ecologist at the Community Development Department. A "
          "local living lab group with the farmers, the allotment association, the schools and Alingsås Energi, "
          "which supplies biochar from its heating plant, meets twice a year."),
]

# ---------------------------------------------------------------------------------------------
# P2. Markövervakningsdirektivet – svenska, .pdf
# ---------------------------------------------------------------------------------------------

MARKOVERVAKNING = [
    ("title", "PM: EU:s direktiv om markövervakning – vad betyder det för kommunen?"),
    ("p", "Samhällsbyggnadsförvaltningen, plan- och miljöavdelningen. PM till miljö- och byggnadsnämnden "
          "2026-11-24. Diarienummer MBN 2026/0917."),
    ("h1", "Sammanfattning"),
    ("p", "Hösten 2025 antog EU ett direktiv om markövervakning och markresiliens, ofta kallat "
          "markövervakningsdirektivet. Det är den första EU-lagstiftningen som handlar om markens hälsa i sig. "
          "Medlemsstaterna har tre år på sig att införa direktivet i nationell rätt. Huvudansvaret för övervakningen "
          "ligger på staten, men kommunen berörs genom sitt arbete med förorenade områden, fysisk planering och "
          "den mark som kommunen själv äger."),
    ("h1", "Vad direktivet kräver"),
    ("list", ["Varje land ska dela in sitt territorium i markdistrikt och utse en ansvarig myndighet för varje "
              "distrikt.",
              "Markens hälsa ska mätas regelbundet med gemensamma deskriptorer, till exempel organiskt kol, erosion, "
              "salthalt och markpackning.",
              "Varje land ska upprätta en offentlig förteckning över potentiellt förorenade områden och undersöka "
              "dem.",
              "Länderna ska följa hur mycket mark som hårdgörs eller tas i anspråk för bebyggelse.",
              "Direktivet ställer inga krav på enskilda markägare att mäta eller åtgärda sin mark."]),
    ("h1", "Kommunens förorenade områden"),
    ("p", "I länsstyrelsens databas över potentiellt förorenade områden finns 214 objekt i Alingsås kommun. Nio av "
          "dem har riskklass 1, mycket stor risk, och 41 har riskklass 2. Kommunen äger själv 23 av objekten, bland "
          "annat två gamla deponier och den tidigare handelsträdgården vid Lövekulle."),
    ("h1", "Exploatering av jordbruksmark"),
    ("p", "Mellan 2020 och 2025 togs 38 hektar jordbruksmark i anspråk för bostäder, verksamheter och vägar. "
          "Förvaltningen föreslår att den nya översiktsplanen, som ska antas 2028, får ett mål om att exploateringen "
          "av jordbruksmark ska halveras jämfört med perioden 2020–2025."),
    ("h1", "Förslag"),
    ("olist", ["Förvaltningen bildar en intern markgrupp med miljö, plan, mark och exploatering och Alingsås "
               "Energi, som träffas två gånger per år.",
               "Resultaten från det EU-finansierade projektet SOILCOMMONS används som underlag för hur kommunens "
               "egen jordbruksmark sköts.",
               "Förvaltningen följer regeringens arbete med att införa direktivet och rapporterar till nämnden när "
               "ett lagförslag finns.",
               "Kommunens egna förorenade objekt i riskklass 1 prioriteras för undersökning under 2027–2029."]),
    ("h1", "Kostnader"),
    ("p", "Förslagen ryms i befintlig budget. Undersökningen av de två gamla deponierna beräknas kosta 1,5 miljoner "
          "kronor och föreslås i investeringsbudgeten för 2028."),
    ("p", "Handläggare är miljöstrategen Anders Wikström."),
]

# ---------------------------------------------------------------------------------------------
# P3. Badvattenkontroll – svenska, .pdf
# ---------------------------------------------------------------------------------------------

BADVATTEN = [
    ("title", "Badvattenkontroll 2026 – rapport och rutin inför 2027"),
    ("p", "Miljö- och hälsoskydd, samhällsbyggnadsförvaltningen. Rapport 2026-10-15."),
    ("h1", "Regler"),
    ("p", "Badvattendirektivet (2006/7/EG) är genomfört i Sverige genom badvattenförordningen (2008:218) och Havs- "
          "och vattenmyndighetens föreskrifter HVMFS 2019:25. Kommunen ansvarar för att kontrollera vattnet vid "
          "EU-baden, alltså badplatser där man kan vänta sig ett stort antal badande. Vid kommunens övriga "
          "badplatser tas prover frivilligt."),
    ("p", "Vid varje EU-bad ska minst fyra prover tas per säsong, varav ett strax före säsongens början. Proverna "
          "analyseras för två bakterier som visar på fekal förorening: E. coli och intestinala enterokocker."),
    ("h1", "Så klassas en badplats"),
    ("p", "Efter varje säsong klassas varje EU-bad som utmärkt, bra, tillfredsställande eller dålig. Klassningen "
          "bygger på proverna från de fyra senaste säsongerna. Om en badplats klassas som dålig fem år i följd ska "
          "kommunen avråda från bad där permanent."),
    ("h1", "Resultat 2026"),
    ("p", "Badsäsongen 2026 pågick från den 15 juni till den 15 augusti. Kommunen tog 28 prover vid de fyra "
          "EU-baden och 30 prover vid tio andra badplatser. Två prover var otjänliga och fem var tjänliga med "
          "anmärkning."),
    ("list", ["Mjörnstranden: alla prover tjänliga. Klassning: utmärkt.",
              "Ljungsjöbadet: alla prover tjänliga. Klassning: utmärkt.",
              "Gerdskens strandbad: ett prov tjänligt med anmärkning. Klassning: bra.",
              "Färgens badplats: ett otjänligt prov den 22 juli, två dagar efter ett skyfall, med 1 300 E. coli per "
              "100 ml. Klassning: tillfredsställande."]),
    ("p", "Det andra otjänliga provet togs vid Ömmerns badplats, som inte är ett EU-bad, den 3 augusti."),
    ("h1", "Kostnader"),
    ("p", "Laboratoriet tar 650 kr per prov, och de 58 proverna kostade därför 37 700 kr. Provtagningen tog ungefär "
          "90 timmar av en inspektörs arbetstid, inklusive resor."),
    ("h1", "Rutin vid otjänligt prov"),
    ("olist", ["Laboratoriet ringer inspektören samma dag som resultatet är klart.",
               "Inspektören meddelar fritidsenheten, som sätter upp skylten Avrådan från bad vid badplatsen inom 24 "
               "timmar.",
               "Resultatet publiceras på kommunens webbplats och i Havs- och vattenmyndighetens tjänst Badplatsen.",
               "Ett nytt prov tas inom sju dagar. Skylten tas ner först när det nya provet är tjänligt.",
               "Inspektören utreder möjliga källor, till exempel enskilda avlopp, betesdjur eller bräddning från "
               "avloppsnätet."]),
    ("h1", "Inför säsongen 2027"),
    ("p", "Säsongen 2027 pågår från den 15 juni till den 15 augusti. Det första provet vid EU-baden tas vecka 23. "
          "Vid Färgen inventeras 31 enskilda avlopp uppströms badplatsen under våren 2027, eftersom klassningen har "
          "sjunkit från bra till tillfredsställande."),
    ("p", "Ansvarig för badvattenkontrollen är miljö- och hälsoskyddsinspektören Sara Lundgren."),
]

# ---------------------------------------------------------------------------------------------
# P4. Youth orchestra exchange with Lucca – English, .pdf
# ---------------------------------------------------------------------------------------------

LUCCA = [
    ("title", "Alingsås Youth Symphony Orchestra – exchange with Lucca 2027–2028"),
    ("p", "Kulturskolan, the municipal school of music and arts, Alingsås Municipality. Project plan, version 2, "
          "1 December 2026."),
    ("h1", "Summary"),
    ("p", "Alingsås Youth Symphony Orchestra (AUSO) and the youth orchestra Orchestra Giovanile delle Mura in Lucca, "
          "Italy, carry out a youth exchange in two parts. In July 2027 the Swedish orchestra travels to Lucca, and "
          "in April 2028 the Italian orchestra comes to Alingsås. The orchestras rehearse together and give joint "
          "concerts in both cities."),
    ("h1", "Funding"),
    ("p", "Both parts are funded as youth exchanges under Erasmus+, Key Action 1. The 2027 exchange is applied for by "
          "the Italian partner to the Italian national agency, and the 2028 exchange by Alingsås Municipality to the "
          "Swedish Agency for Youth and Civil Society (MUCF). The Italian application was approved on 18 November "
          "2026 with a grant of EUR 48,200, of which EUR 24,600 covers the Swedish group's travel and stay."),
    ("p", "Costs that the grant does not cover, mainly instrument transport and two extra rehearsal days before the "
          "trip, are paid from the Kulturskolan budget and by a participant fee."),
    ("h1", "Participants"),
    ("p", "From Alingsås, 34 musicians aged 14 to 19 and four leaders take part: the conductor and three instrument "
          "teachers. The orchestra from Lucca has 30 musicians and four leaders. There must always be at least one "
          "leader per nine young people during the exchange."),
    ("h1", "The trip to Lucca, 10–17 July 2027"),
    ("list", ["Travel by air from Göteborg Landvetter to Pisa, then by coach to Lucca, about 30 minutes.",
              "Accommodation in a youth hostel inside the city walls, four to six people per room.",
              "Joint rehearsals every morning 9:30–12:30 and sectional workshops in the afternoons.",
              "A joint open-air concert on 16 July at 21:00 and a church concert on 14 July.",
              "One free day with an excursion to the sea."]),
    ("h1", "Instruments"),
    ("p", "Violins, violas, wind instruments and small percussion travel as hand luggage or checked baggage. Cellos "
          "travel in hard cases as checked baggage; the airline charges about EUR 90 per cello each way. The "
          "partner in Lucca lends double basses, timpani and a harp. Private instruments are not covered by the "
          "municipality's insurance, so families must check their home insurance."),
    ("h1", "Repertoire"),
    ("p", "The joint programme includes Hugo Alfvén's Midsommarvaka, Luigi Boccherini's Night Music of the Streets "
          "of Madrid in an arrangement for full orchestra, and a new piece written for the exchange by the "
          "Gothenburg composer Elin Granath."),
    ("h1", "The visit to Alingsås, April 2028"),
    ("p", "The Italian orchestra visits Alingsås from 8 to 15 April 2028. The Italian musicians stay with host "
          "families, and Kulturskolan needs 30 host families, preferably families of AUSO musicians. The "
          "application to MUCF must be submitted by 1 October 2027."),
    ("h1", "Organisation"),
    ("p", "The project is led by Kulturskolan's principal Karin Wallin. The conductor of AUSO, Mattias Brandt, is "
          "responsible for the musical programme, and the coordinator Sofia Nilsson handles travel, insurance and "
          "contact with the families. In Lucca the contact person is Giulia Ferraro."),
]

# ---------------------------------------------------------------------------------------------
# P5. The European Health Data Space – English, .pdf
# ---------------------------------------------------------------------------------------------

EHDS = [
    ("title", "The European Health Data Space – what it means for municipal health care in Alingsås"),
    ("p", "Elderly Care and Disability Department, Alingsås Municipality. Briefing for managers and the medically "
          "responsible nurse, 9 October 2026."),
    ("h1", "Background"),
    ("p", "The regulation on the European Health Data Space (EHDS), Regulation (EU) 2025/327, entered into force on "
          "26 March 2025. It gives people better control of their electronic health data, makes it possible to "
          "share data across borders when a person needs care in another EU country, and sets rules for using "
          "health data for research and policy, so-called secondary use. Most of the rules apply only from 2029."),
    ("h1", "Municipal health care is covered"),
    ("p", "The municipality provides home health care and health care in residential homes for older people and "
          "people with disabilities. In 2025 about 1,900 people received municipal health care. Health records in "
          "municipal care are kept in the record system Omsorgsjournalen. The EHDS rules on electronic health "
          "records and on patients' rights apply to municipal care in the same way as to the regions."),
    ("h1", "Timeline"),
    ("list", ["26 March 2029: patient summaries and e-prescriptions must be possible to exchange in the common "
              "European format, and record systems that handle them must meet the EHDS requirements.",
              "26 March 2031: the same applies to medical images, laboratory results and discharge reports.",
              "2029–2031: the rules on secondary use start to apply step by step."]),
    ("h1", "Patients' rights"),
    ("list", ["To access their electronic health data immediately, free of charge and in an easily readable form.",
              "To download a copy in the European electronic health record exchange format.",
              "To restrict which health professionals can see certain data.",
              "To see who has accessed their data.",
              "To ask for incorrect data to be corrected."]),
    ("h1", "What the department must do"),
    ("olist", ["Review with the supplier of Omsorgsjournalen how the system will meet the EHDS requirements. The "
               "current contract ends on 31 August 2029, so the new procurement starts in 2028.",
               "Agree with Västra Götalandsregionen which data the municipality needs to share and how the exchange "
               "will work.",
               "Train all licensed staff in the patients' new rights before 2029.",
               "Update the routines for logging and for requests from patients."]),
    ("h1", "Costs"),
    ("p", "Adapting or replacing the record system is estimated at SEK 2.4 million for 2028–2029. The cost is "
          "included in the department's long-term investment plan."),
    ("h1", "Open questions"),
    ("p", "The Swedish government has not yet decided which authority will be the health data access body for "
          "secondary use, or whether Sweden will let patients opt out of having their data shared for care across "
          "borders. The department follows the work through the Swedish Association of Local Authorities and "
          "Regions (SKR)."),
    ("h1", "Contact"),
    ("p", "The briefing was written by the medically responsible nurse (MAS) Lena Karlberg together with the "
          "department's system administrator Fredrik Ahl."),
]

# ---------------------------------------------------------------------------------------------
# P6. Posted workers on building sites – English, .pdf
# ---------------------------------------------------------------------------------------------

POSTED = [
    ("title", "Posted workers on municipal building sites – guide for project managers"),
    ("p", "Property Unit, Community Development Department, Alingsås Municipality. Guide, version 1, 5 October "
          "2026."),
    ("h1", "What posting means"),
    ("p", "A posted worker is an employee who is sent by an employer in another country to work in Sweden for a "
          "limited period. Posting is common in construction, for example when a Polish or Lithuanian subcontractor "
          "installs facades or windows. The rules are based on the EU Posting of Workers Directive and are found in "
          "the Swedish Posting of Workers Act (utstationeringslagen)."),
    ("h1", "The employer's duties"),
    ("list", ["Notify the posting to the Swedish Work Environment Authority (Arbetsmiljöverket) no later than the "
              "day the work starts, if the posting lasts more than five days.",
              "Appoint a contact person in Sweden who can receive documents on behalf of the employer.",
              "Report changes to the notification within three days.",
              "Pay at least the minimum conditions in Swedish law, and the conditions in a collective agreement if "
              "a trade union demands it.",
              "Make sure each worker has an A1 certificate, which shows the country whose social security applies."]),
    ("p", "An employer who does not notify the posting in time must pay a penalty fee of SEK 20,000."),
    ("h1", "The municipality's duties as client"),
    ("p", "When the municipality receives services from a foreign employer, the project manager must check that the "
          "employer has notified the posting. The check is made in the Work Environment Authority's posting "
          "register on the first working day of the posted workers on site. If no notification has been made, the "
          "project manager must report this to the Work Environment Authority within three days."),
    ("h1", "Long postings"),
    ("p", "If a posting lasts more than 12 months, almost all Swedish employment conditions apply. The employer can "
          "extend the limit to 18 months by sending a reasoned notification before the 12 months have passed."),
    ("h1", "Requirements in our contracts"),
    ("list", ["All building contracts above SEK 2 million require pay, holiday and working hours at least at the "
              "level of the relevant Swedish collective agreement, for the main contractor and all subcontractors.",
              "The main contractor must tell the project manager about every new subcontractor at least five "
              "working days before it starts work.",
              "No more than two levels of subcontractors are allowed under the main contractor.",
              "Everyone on site must have an ID06 card and be registered in the electronic staff register every "
              "day."]),
    ("h1", "Spot checks"),
    ("p", "The Property Unit makes unannounced spot checks on at least one in four building projects each year. In "
          "2026 the unit made nine checks. At the new Nolhaga school, 31 posted workers from Poland and Lithuania "
          "were on site at the time of the check, and one subcontractor with four workers had not notified the "
          "posting. The project manager reported this to the Work Environment Authority the same day."),
    ("h1", "Step by step when a foreign subcontractor comes on site"),
    ("olist", ["Ask the main contractor for the subcontractor's name, country and number of workers at least five "
               "working days before they start.",
               "On the first day, check the posting register and that everyone has an ID06 card.",
               "Ask to see the A1 certificates; if any are missing, write it in the site diary.",
               "If the notification is missing, report it to the Work Environment Authority within three days and "
               "tell the Procurement Unit.",
               "Keep the documentation in the project folder for at least ten years."]),
    ("h1", "Contact"),
    ("p", "Questions are answered by construction project manager Lars Nyström at the Property Unit and by the "
          "procurement lawyer Hanna Eklund."),
]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(SMART_TOURISM, folder / "smart-tourism-application-plan-2027.docx")
    write_docx(GRONA, folder / "miljopastaenden-vagledning.docx")
    write_docx(REPARATIONSCHECK, folder / "reparationscheck-forsok-2027.docx")
    write_docx(BREV_LUCCA, folder / "brev-vardnadshavare-orkesterresa-lucca.docx")
    write_docx(SAVEFLOD, folder / "saveflod-2027-ovningsplan.docx")
    write_docx(DATA_ACT, folder / "data-act-briefing-buildings-and-energy.docx")
    write_docx(STATIONSPARKEN, folder / "stationsparken-new-european-bauhaus-projektplan.docx")
    write_pdf(SOILCOMMONS, folder / "soilcommons-living-lab-project-brief.pdf",
              "Alingsås Municipality – Community Development Department", "Page")
    write_pdf(MARKOVERVAKNING, folder / "markovervakningsdirektivet-pm.pdf",
              "Alingsås kommun – Samhällsbyggnadsförvaltningen", "Sida")
    write_pdf(BADVATTEN, folder / "badvattenkontroll-2026-rapport.pdf",
              "Alingsås kommun – Miljö- och hälsoskydd", "Sida")
    write_pdf(LUCCA, folder / "youth-orchestra-exchange-lucca-2027.pdf",
              "Alingsås Municipality – Kulturskolan", "Page")
    write_pdf(EHDS, folder / "european-health-data-space-briefing.pdf",
              "Alingsås Municipality – Elderly Care and Disability Department", "Page")
    write_pdf(POSTED, folder / "posted-workers-building-sites-guide.pdf",
              "Alingsås Municipality – Property Unit", "Page")
    print(f"wrote 13 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
