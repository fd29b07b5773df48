"""Writes the Word and PDF documents of evaluation part tune-q into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe how Alingsås kommun meets new EU rules and takes part in European
initiatives (the emissions trading system for fuels ETS2, the Gigabit Infrastructure Act, the regulation on
political advertising, the Working Time Directive for retained firefighters, the directive on violence against
women, the European Child Guarantee, the European Route of Industrial Heritage, renewables acceleration areas under
RED III, HPV vaccination and Europe's Beating Cancer Plan, a European buyers' group for zero-emission construction
sites and the EU Green Bond Standard) for an evaluation corpus. People, phone numbers, amounts, companies and
internal rules are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-q/make_docs.py

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
# D1. ETS2 – budgetanvisning, svenska, .docx
# ---------------------------------------------------------------------------------------------

ETS2_BUDGET = [
    ("title", "Budgetanvisning: kostnader för EU:s nya utsläppshandel ETS2 i budget 2028 och plan 2029–2030"),
    ("p", "Ekonomienheten, kommunledningskontoret. Till förvaltningarnas ekonomer och controllers. Version 1, "
          "2027-02-08. Diarienummer KS 2027/0054."),
    ("h1", "Varför en särskild anvisning?"),
    ("p", "EU inför ett nytt system för handel med utsläppsrätter för bränslen till byggnader och vägtransporter, "
          "ETS2. Det är bränsleleverantörerna som ska köpa utsläppsrätter, men kostnaden läggs på priset vid pumpen "
          "och på priset för eldningsolja. Kommunen påverkas därför genom sina egna fordon, arbetsmaskiner och de "
          "byggnader som fortfarande värms med olja. Handeln börjar 2028. Hållbarhetsenheten har beskrivit systemet "
          "i ett PM på engelska; den här anvisningen säger hur förvaltningarna ska räkna i budgeten."),
    ("h1", "Så räknar ni"),
    ("p", "Använd följande tillägg per liter, exklusive moms. Siffrorna är avrundade uppåt jämfört med "
          "hållbarhetsenhetens PM, så att budgeten hellre blir för hög än för låg."),
    ("table", [["Bränsle", "Tillägg per liter 2028", "Tillägg per liter 2030"],
               ["Diesel (fossil)", "1,60 kr", "2,00 kr"],
               ["Bensin", "1,40 kr", "1,80 kr"],
               ["Eldningsolja", "1,70 kr", "2,20 kr"],
               ["HVO100 och biogas", "0 kr", "0 kr"],
               ["El", "0 kr", "0 kr"]]),
    ("p", "För 2029 räknar ni med genomsnittet av siffrorna för 2028 och 2030."),
    ("h1", "Det här ska ni göra"),
    ("olist", ["Ta fram förvaltningens förbrukning av diesel, bensin och eldningsolja för 2026 ur rapporten "
               "Drivmedel per kostnadsställe i ekonomisystemet.",
               "Multiplicera förbrukningen med tilläggen i tabellen.",
               "Lägg in beloppen på fliken ETS2 i budgetmallen.",
               "Beskriv kort vilka fordon eller pannor som kan bytas till el, HVO100 eller värmepump före 2028.",
               "Skicka budgetunderlaget till er controller senast den 15 april 2027."]),
    ("h1", "Exempel: hemtjänsten"),
    ("p", "Hemtjänstens 61 bilar tankade 52 000 liter bensin 2026. Tillägget blir 52 000 × 1,40 kr = 72 800 kr "
          "för 2028. Om hälften av bilarna byts till elbilar före 2028 halveras kostnaden."),
    ("h1", "Vem betalar?"),
    ("p", "Varje förvaltning budgeterar sina egna drivmedel och sin egen uppvärmning inom sin ram. Kommunstyrelsen "
          "avsätter dessutom en central reserv på 700 000 kr för 2028. En förvaltning kan söka pengar ur reserven "
          "om ETS2-kostnaden blir mer än 50 000 kr högre än budgeterat. Ansökan görs till budgetchefen i samband "
          "med delårsrapporten i augusti."),
    ("p", "Kostnader för upphandlade transporter, till exempel skolskjuts och färdtjänst, räknas inte in i "
          "fliken ETS2. De hanteras när avtalens indexklausuler räknas om."),
    ("h1", "Frågor"),
    ("p", "Frågor om anvisningen besvaras av budgetchefen Camilla Ryd. Frågor om hur ETS2 fungerar besvaras av "
          "hållbarhetsstrategen Oskar Lundell."),
]

# ---------------------------------------------------------------------------------------------
# D2. Gigabitförordningen – svenska, .docx
# ---------------------------------------------------------------------------------------------

GIGABIT = [
    ("title", "Rutin: gigabitförordningen och operatörernas tillgång till kommunens infrastruktur"),
    ("p", "Samhällsbyggnadsförvaltningen, gatu- och trafikenheten, i samarbete med Alingsås Energi Nät AB "
          "(stadsnätet) och fastighetsenheten. Fastställd av samhällsbyggnadschefen 2026-11-02."),
    ("h1", "Vad är gigabitförordningen?"),
    ("p", "EU:s förordning om gigabitinfrastruktur, förordning (EU) 2024/1309, gäller i huvudsak från den 12 "
          "november 2025 och ersätter det tidigare direktivet om åtgärder för att minska kostnaderna för utbyggnad "
          "av bredbandsnät. Syftet är att fiber och 5G ska kunna byggas ut snabbare och billigare. Förordningen "
          "gäller direkt i Sverige och ger operatörer av elektroniska kommunikationsnät rätt att få tillgång till "
          "offentliga organs fysiska infrastruktur, till exempel tomrör, stolpar och tak."),
    ("h1", "Kommunens skyldigheter"),
    ("list", ["Kommunen ska på begäran ge operatörer tillgång till sin fysiska infrastruktur på rättvisa, rimliga "
              "och icke-diskriminerande villkor.",
              "Ett skriftligt svar på en begäran om tillgång ska lämnas inom två månader.",
              "Om operatören begär det ska kommunen ordna ett platsbesök inom en månad.",
              "Uppgifter om kommunens infrastruktur ska finnas tillgängliga via den centrala informationspunkt som "
              "Post- och telestyrelsen (PTS) ansvarar för.",
              "Beslut om tillstånd som behövs för utbyggnaden, till exempel bygglov för en mast, ska fattas inom "
              "fyra månader från det att ansökan är komplett."]),
    ("h1", "Kommunens infrastruktur"),
    ("table", [["Typ av infrastruktur", "Omfattning", "Förvaltare"],
               ["Belysningsstolpar", "9 400 stolpar", "Gatu- och trafikenheten"],
               ["Trafiksignalstolpar", "140 stolpar", "Gatu- och trafikenheten"],
               ["Tomrör och kanalisation", "212 kilometer", "Alingsås Energi Nät AB (stadsnätet)"],
               ["Tak som passar för antenner", "18 byggnader", "Fastighetsenheten"],
               ["Vattentorn", "2 torn", "VA-avdelningen"]]),
    ("h1", "Avgifter"),
    ("p", "Avgifterna ska täcka kommunens kostnader och en rimlig avkastning. Det kostar inget att ansöka. "
          "Avgifterna gäller från den 1 januari 2026 och räknas upp med konsumentprisindex varje år."),
    ("table", [["Tillgång", "Avgift"],
               ["Antenn eller radioenhet på belysningsstolpe", "1 800 kr per stolpe och år"],
               ["Plats i tomrör", "4,50 kr per meter och år"],
               ["Antenn på tak till kommunal byggnad", "12 000 kr per byggnad och år"],
               ["Antenn i vattentorn", "38 000 kr per torn och år"],
               ["Platsbesök", "950 kr per timme"]]),
    ("h1", "Så hanterar vi en begäran"),
    ("olist", ["Operatören skickar sin begäran i e-tjänsten Tillgång till kommunal infrastruktur eller med e-post "
               "till infrastruktur@alingsas.se.",
               "Bredbandssamordnaren registrerar ärendet samma dag och skickar det vidare till den som förvaltar "
               "infrastrukturen.",
               "Förvaltaren bedömer om infrastrukturen tekniskt klarar utrustningen och ordnar platsbesök om "
               "operatören vill det.",
               "Förvaltaren lämnar ett avtalsförslag eller ett motiverat avslag, senast två månader efter att "
               "begäran kom in.",
               "Avtalet skrivs under av gatuchefen när det gäller stolpar, av nätchefen på Alingsås Energi Nät när "
               "det gäller tomrör och av fastighetschefen när det gäller tak och vattentorn."]),
    ("h1", "När får vi säga nej?"),
    ("list", ["Infrastrukturen är tekniskt olämplig för den utrustning som operatören vill sätta upp.",
              "Utrymmet behövs för kommunens egna planerade behov, och behovet kan visas.",
              "Utrustningen skulle innebära risker för säkerheten eller folkhälsan.",
              "Det finns redan ett likvärdigt erbjudande om grossisttillgång till ett nät i samma område."]),
    ("p", "Om operatören och kommunen inte kommer överens kan operatören begära tvistlösning hos PTS. PTS ska "
          "lösa tvisten inom fyra månader."),
    ("h1", "Grävning och bygglov"),
    ("p", "För grävning i kommunens gator behövs schakttillstånd. Kommunens mål är att besluta om schakttillstånd "
          "inom tre veckor. Bygglov för master handläggs av bygglovsenheten inom den lagstadgade tiden på fyra "
          "månader."),
    ("h1", "Erfarenheter hittills"),
    ("p", "Sedan november 2025 har kommunen fått sju begäranden om tillgång, alla från två operatörer. Fem av dem "
          "har lett till avtal om sammanlagt 64 belysningsstolpar för små 5G-antenner i centrala Alingsås och på "
          "Noltorp. Två begäranden avslogs, eftersom stolparna var för klena."),
    ("h1", "Kontakt"),
    ("p", "Rutinen förvaltas av bredbandssamordnaren Lovisa Granath på gatu- och trafikenheten, som också är "
          "kommunens kontaktperson för operatörerna."),
]

# ---------------------------------------------------------------------------------------------
# D3. Politisk reklam – svenska, .docx
# ---------------------------------------------------------------------------------------------

POLITISK_REKLAM = [
    ("title", "Riktlinje: politisk reklam i kommunens kanaler och på kommunens annonsplatser"),
    ("p", "Kommunikationsenheten, kommunledningskontoret, i samråd med kommunjuristen. Antagen av kommunstyrelsen "
          "2026-12-14, § 219. Gäller för kommunens förvaltningar och för annonsplatser som kommunen äger eller "
          "upplåter."),
    ("h1", "Bakgrund"),
    ("p", "EU:s förordning om transparens och inriktning när det gäller politisk reklam, förordning (EU) "
          "2024/900, tillämpas fullt ut sedan den 10 oktober 2025. Förordningen kräver att politisk reklam märks "
          "tydligt och att den åtföljs av ett transparensmeddelande som visar vem som har betalat, hur mycket "
          "reklamen kostade och vilket val eller vilken omröstning den gäller. Under de tre månader som närmast "
          "föregår ett val får en sponsor från ett land utanför EU inte betala för politisk reklam."),
    ("p", "Som politisk reklam räknas meddelanden från eller för ett politiskt parti, en kandidat eller en "
          "förtroendevald, och meddelanden som kan påverka ett val, en folkomröstning eller ett lagstiftnings- "
          "eller regleringsförfarande. Officiell information om hur man röstar, till exempel kommunens annonser om "
          "förtidsröstning, är inte politisk reklam."),
    ("h1", "Kommunens hållning"),
    ("p", "Kommunen ska vara saklig och opartisk. Kommunens egna kanaler, det vill säga webbplatsen, kommunens "
          "konton i sociala medier, intranätet och tidningen Alingsås kommun informerar, får aldrig användas för "
          "politisk reklam. Medarbetare får inte dela partiers inlägg från kommunens konton."),
    ("h1", "Vad gäller i respektive kanal?"),
    ("table", [["Kanal", "Politisk reklam tillåten?", "Villkor"],
               ["Kommunens webbplats, sociala medier och intranät", "Nej", "Gäller även under valrörelser"],
               ["De sex digitala skärmarna vid resecentrum", "Ja, under valrörelsen",
                "Från sex veckor före valdagen. Samma pris för alla partier. Märkning och transparensmeddelande"],
               ["De 30 affischtavlorna i centrum", "Ja, under valrörelsen",
                "Från sex veckor före valdagen. Tavlorna fördelas efter lottning"],
               ["Valaffischer på kommunens mark", "Ja",
                "Från sju veckor före valdagen till och med en vecka efter. Tillstånd krävs men är avgiftsfritt"],
               ["Kommunens möteslokaler", "Partier får hyra lokaler för egna möten",
                "Ordinarie hyra enligt taxan. Ingen reklam i lokalen utanför mötet"]]),
    ("h1", "Märkning"),
    ("p", "Varje politisk annons på kommunens annonsplatser ska ha texten Politisk reklam och en QR-kod eller en "
          "webbadress som leder till annonsörens transparensmeddelande. Mediapartner Väst AB, som sköter "
          "uthyrningen av annonsplatserna, kontrollerar märkningen innan en annons publiceras. Annonser utan "
          "märkning publiceras inte."),
    ("h1", "Kommande val"),
    ("p", "Nästa val är valet till Europaparlamentet i juni 2029. Datum för valdagen i Sverige är ännu inte "
          "fastställt. Därefter följer de allmänna valen den 8 september 2030. Riktlinjen ses över efter varje val."),
    ("h1", "Ansvar"),
    ("list", ["Kommunikationschefen Therese Holm ansvarar för riktlinjen och besvarar frågor om kommunens kanaler.",
              "Annonsansvarig Rasmus Ek sköter avtalet med Mediapartner Väst AB.",
              "Kommunjuristen besvarar frågor om hur förordningen ska tolkas.",
              "Tillstånd för valaffischer söks hos gatu- och trafikenheten."]),
]

# ---------------------------------------------------------------------------------------------
# D4. Våldsdirektivet – svenska, .docx
# ---------------------------------------------------------------------------------------------

VALD = [
    ("title", "Handlingsplan: EU:s direktiv om bekämpning av våld mot kvinnor och våld i nära relationer 2027–2028"),
    ("p", "Socialförvaltningen, individ- och familjeomsorgen. Antagen av socialnämnden 2026-12-01, § 88."),
    ("h1", "Direktivet"),
    ("p", "EU:s direktiv om bekämpning av våld mot kvinnor och våld i nära relationer, direktiv (EU) 2024/1385, "
          "antogs den 14 maj 2024. Medlemsstaterna ska ha infört det i nationell lag senast den 14 juni 2027. "
          "Direktivet gör bland annat könsstympning, tvångsäktenskap, spridning av intima bilder utan samtycke, "
          "nätförföljelse och nättrakasserier straffbara i hela EU. Det ställer också krav på stöd till "
          "brottsoffer: specialiserat stöd, skyddade boenden, stödtelefoner som är kostnadsfria och öppna dygnet "
          "runt, och stöd till barn som har upplevt våld."),
    ("p", "De flesta krav riktas till staten, men mycket av stödet ges av kommunerna genom socialtjänsten. Planen "
          "beskriver vad Alingsås kommun behöver göra för att leva upp till direktivet."),
    ("h1", "Nuläge"),
    ("p", "Socialtjänstens kvinnofridsteam har fyra socialsekreterare. Under 2025 handlade teamet 168 ärenden om "
          "våld i nära relationer. 41 barn som hade upplevt våld fick stödsamtal, och 23 personer placerades i "
          "skyddat boende. Kommunen köper platser i skyddat boende genom ett ramavtal och ger ett årligt bidrag "
          "till Alingsås kvinno- och tjejjour."),
    ("h1", "Åtgärder"),
    ("table", [["Åtgärd", "Ansvarig", "Klart"],
               ["Utbildning om digitalt våld för alla socialsekreterare", "Kvinnofridssamordnaren", "31 maj 2027"],
               ["Information om stödet på fem språk utöver svenska", "Kommunikationsenheten", "14 juni 2027"],
               ["Rutin för att upptäcka tvångsäktenskap och könsstympning i skolan", "Elevhälsochefen",
                "30 september 2027"],
               ["Skyddat boende med plats för medföljande tonårspojkar", "Individ- och familjeomsorgen",
                "Under 2028"],
               ["Frågor om våld vid biståndsbedömning i äldreomsorgen", "Äldreomsorgens biståndsenhet",
                "Under 2028"]]),
    ("h1", "Budget 2027"),
    ("p", "Socialnämnden har avsatt 850 000 kr för 2027: 180 000 kr till utbildningar, 120 000 kr till "
          "informationsmaterial och översättningar och 550 000 kr till ett höjt bidrag till kvinno- och "
          "tjejjouren, så att jouren kan ha öppet fler kvällar."),
    ("h1", "Så når man stödet"),
    ("p", "Kvinnofridsteamet nås vardagar klockan 8–16.30 på telefon 0322-61 66 40. Efter kontorstid nås "
          "socialjouren på 0322-61 66 99. Den som är i akut fara ska ringa 112. Stödet från socialtjänsten kostar "
          "inget, och den som vill kan vara anonym vid första kontakten."),
    ("h1", "Samverkan"),
    ("list", ["Polisen i Alingsås, med gemensamma ärendegenomgångar en gång i månaden.",
              "Alingsås kvinno- och tjejjour.",
              "Barn- och ungdomsförvaltningens elevhälsa.",
              "Regionens vårdcentraler och ungdomsmottagningen."]),
    ("h1", "Ansvar och uppföljning"),
    ("p", "Kvinnofridssamordnaren Leila Mansour samordnar arbetet och rapporterar till socialnämnden två gånger "
          "per år, i februari och i september."),
]

# ---------------------------------------------------------------------------------------------
# D5. ERIH membership application – English, .docx
# ---------------------------------------------------------------------------------------------

ERIH = [
    ("title", "Application for membership of the European Route of Industrial Heritage (ERIH)"),
    ("p", "Alingsås Museum, Culture and Leisure Department, Alingsås Municipality. Draft 2, 30 November 2026. "
          "Approved for submission by the Culture and Leisure Committee on 14 December 2026."),
    ("h1", "1. What ERIH is"),
    ("p", "The European Route of Industrial Heritage is a network of more than 2,200 industrial heritage sites in "
          "about 50 countries. It has been certified as a Cultural Route of the Council of Europe since 2019. "
          "ERIH is run by an association with its secretariat in Germany. Sites join either as Anchor Points, which "
          "are the most important sites with a complete visitor experience, or as member sites. Sites are also "
          "linked to European theme routes, for example the theme route on textiles."),
    ("h1", "2. Why Alingsås applies"),
    ("p", "Alingsås is often called the cradle of Swedish industrialisation. In 1724 Jonas Alströmer founded the "
          "textile manufactories in Alingsås, which for a time were among the largest workplaces in Sweden. The "
          "town's textile history continued with spinning mills and weaving mills into the 1970s. Membership would "
          "make this story visible to international visitors and connect the museum with textile towns in other "
          "countries."),
    ("h1", "3. Sites in the application"),
    ("table", [["Site", "Owner", "Open to visitors"],
               ["The Alströmer manufactory quarter", "Alingsås Municipality", "All year, outdoor trail"],
               ["Alingsås Museum and its textile collection", "Alingsås Municipality",
                "Tuesday to Sunday, all year"],
               ["The cotton spinning mill Spinneriet (1850s)", "Private company, offices", "Guided tours on request"]]),
    ("p", "The museum applies as a member site. We do not apply to become an Anchor Point, since an Anchor Point "
          "must have at least 50,000 visitors a year, and the museum had 23,400 visitors in 2025."),
    ("h1", "4. Requirements we must meet"),
    ("list", ["Information about the site in English, both on site and on the web.",
              "Regular opening hours published at least one year ahead.",
              "The ERIH sign displayed at the entrance.",
              "Contact details of a named person for the ERIH secretariat."]),
    ("h1", "5. Timetable"),
    ("table", [["Step", "Date"],
               ["Application sent to the ERIH secretariat", "By 31 January 2027"],
               ["Decision by the ERIH board", "April 2027"],
               ["ERIH signs and English texts in place", "By 1 June 2027"],
               ["First ERIH annual conference for Alingsås", "Autumn 2027"]]),
    ("h1", "6. Costs"),
    ("p", "The membership fee for a member site is EUR 350 a year. English texts and new signs at the three sites "
          "cost about SEK 45,000 as a one-off cost. Travel to the ERIH annual conference is estimated at SEK 18,000 "
          "a year for one person. All costs are paid from the museum's budget."),
    ("h1", "7. What membership gives"),
    ("list", ["A page about Alingsås on the ERIH website and in the ERIH app.",
              "A place in the textile theme route, if the secretariat accepts it.",
              "Invitations to the annual conference and to ERIH's network of textile towns.",
              "The right to use the ERIH logo in our marketing."]),
    ("h1", "8. Contact"),
    ("p", "The application is led by museum director Gustav Ehn. The museum educator Sara Wennberg writes the "
          "English texts."),
]

# ---------------------------------------------------------------------------------------------
# D6. HPV-vaccination – svenska, .docx
# ---------------------------------------------------------------------------------------------

HPV = [
    ("title", "Handlingsplan: HPV-vaccination i elevhälsan 2027"),
    ("p", "Elevhälsan, barn- och ungdomsförvaltningen. Fastställd av verksamhetschefen för elevhälsans medicinska "
          "insats 2027-01-15."),
    ("h1", "Bakgrund"),
    ("p", "I Europas plan mot cancer från 2021 har EU satt som mål att minst 90 procent av flickorna i EU ska vara "
          "fullvaccinerade mot HPV senast 2030, och att vaccinationen av pojkar ska öka betydligt. Rådets "
          "rekommendation om cancerformer som kan förebyggas med vaccin från 2024 upprepar målet. HPV-vaccinet "
          "skyddar mot livmoderhalscancer och flera andra cancerformer."),
    ("p", "I Sverige ingår HPV-vaccinet i det nationella vaccinationsprogrammet för barn. Både flickor och pojkar "
          "erbjuds vaccinet i årskurs 5, i två doser med minst sex månaders mellanrum. Den första dosen ges i "
          "oktober och den andra i april."),
    ("h1", "Nuläge i Alingsås"),
    ("p", "Läsåret 2024/25 blev 87 procent av flickorna och 82 procent av pojkarna i årskurs 5 fullvaccinerade. "
          "Täckningen skiljer sig mellan skolorna: på tre skolor var den under 75 procent."),
    ("h1", "Mål"),
    ("p", "Senast läsåret 2028/29 ska minst 92 procent av flickorna och minst 88 procent av pojkarna i årskurs 5 "
          "vara fullvaccinerade."),
    ("h1", "Åtgärder"),
    ("list", ["Påminnelse i skolplattformen till vårdnadshavare som inte har svarat på samtyckesfrågan inom två "
              "veckor.",
              "Skriftlig information om vaccinet på sex språk: arabiska, somaliska, tigrinja, dari, ukrainska och "
              "engelska.",
              "Informationsträffar för föräldrar tillsammans med språkstödjare på de tre skolorna med lägst "
              "täckning.",
              "Kompletteringsvaccination för elever i årskurs 6–9 som har missat en dos, på elevhälsans "
              "drop-in-mottagning varje onsdag klockan 13–15 på Kungsgatan 9."]),
    ("h1", "Samtycke"),
    ("p", "Vaccinationen är frivillig. Vårdnadshavarna svarar på samtyckesfrågan i e-tjänsten Elevhälsa. Har "
          "barnet två vårdnadshavare ska båda samtycka. Svaret ska vara inne senast den 15 september."),
    ("h1", "Elever som flyttar hit från ett annat land"),
    ("p", "Skolsköterskan går igenom elevens vaccinationer vid hälsobesöket för nyanlända. Doser som eleven har "
          "fått i ett annat land räknas om de finns dokumenterade. Skolsköterskan bokar tolk till hälsobesöket vid "
          "behov."),
    ("h1", "Kostnader"),
    ("p", "Vaccinet är kostnadsfritt för eleverna. Kommunen köper vaccinet genom regionens upphandling. För 2027 "
          "är 410 000 kr budgeterat för vaccin och 95 000 kr för informationsinsatserna."),
    ("h1", "Uppföljning och ansvar"),
    ("p", "Täckningen redovisas i elevhälsans kvalitetsberättelse i augusti varje år. Medicinskt ledningsansvarig "
          "skolsköterska Karolina Bäck ansvarar för planen."),
]

# ---------------------------------------------------------------------------------------------
# D7. Zero-emission construction sites – English, .docx
# ---------------------------------------------------------------------------------------------

ZERO_EMISSION = [
    ("title", "Project description: Alingsås in the European buyers' group for zero-emission construction sites "
              "2026–2028"),
    ("p", "Procurement Unit, Municipal Executive Office, with the Community Development Department. 12 October "
          "2026. Project owner: head of procurement Marie Sand."),
    ("h1", "1. Background"),
    ("p", "Big Buyers Working Together is an initiative funded by the European Commission that helps public "
          "buyers in different countries to procure innovative and climate-friendly solutions together. Buyers "
          "form communities of practice, share tender documents and publish joint statements of demand so that "
          "the market knows what the public sector will ask for."),
    ("p", "In September 2026 Alingsås joined the community of practice on zero-emission construction sites. The "
          "group has 12 public buyers from 7 countries and is led by the City of Oslo. Alingsås is the smallest "
          "member."),
    ("h1", "2. Why zero-emission machines?"),
    ("p", "Diesel-powered excavators, wheel loaders and other construction machines account for about a fifth of "
          "the emissions from the municipality's contracts for ground works. Electric machines are also quieter, "
          "which matters for work near schools and housing."),
    ("h1", "3. Our goals"),
    ("list", ["From 1 January 2028, every new municipal contract for ground works worth more than SEK 10 million "
              "requires that at least 30 % of the machine hours come from zero-emission machines.",
              "From 2029, the park maintenance contract requires that at least half of the small machines, such as "
              "lawn mowers and trimmers, are electric.",
              "The municipality's own park and road unit replaces machines with electric ones when they are due "
              "for replacement; today 2 of its 9 machines are electric."]),
    ("h1", "4. Activities"),
    ("table", [["Activity", "When", "Responsible"],
               ["Meetings of the community of practice", "Twice a year, in Oslo and online",
                "Environmental procurement officer"],
               ["Market dialogue with contractors and rental companies", "14 April 2027",
                "Environmental procurement officer"],
               ["Joint statement of demand published by the group", "May 2027", "City of Oslo"],
               ["Life-cycle cost analysis of electric machines", "Autumn 2027", "External consultant"],
               ["First tender with the new requirement", "Spring 2028", "Procurement Unit"]]),
    ("h1", "5. Bonus model"),
    ("p", "To reward contractors who do more than required, contracts will include a bonus of SEK 150 per "
          "zero-emission machine hour above the required share. The bonus is capped at 2 % of the contract value."),
    ("h1", "6. Costs"),
    ("p", "Membership of the buyers' group is free of charge. Travel to the meetings of the community of practice "
          "is budgeted at SEK 60,000 a year, and the life-cycle cost analysis at SEK 120,000. Contractors "
          "estimate that renting an electric 14-tonne excavator costs about 40 % more than a diesel one, but the "
          "difference is expected to shrink."),
    ("h1", "7. Contact"),
    ("p", "The project is run by environmental procurement officer Tobias Rehn. Questions about the park "
          "maintenance contract are answered by Eva Lund, head of the park and road unit."),
]

# ---------------------------------------------------------------------------------------------
# P1. ETS2 briefing – English, .pdf
# ---------------------------------------------------------------------------------------------

ETS2_BRIEFING = [
    ("title", "Briefing: ETS2, the EU's new emissions trading for fuels, and the municipality's costs"),
    ("p", "Sustainability Unit, Municipal Executive Office, for the budget process 2028–2030. 18 January 2027. "
          "Ref. KS 2027/0031."),
    ("h1", "1. What ETS2 is"),
    ("p", "Directive (EU) 2023/959 amended the EU Emissions Trading Directive and created a second, separate "
          "emissions trading system, known as ETS2. It covers fuels used in buildings, road transport and small "
          "industry. Unlike the existing system, ETS2 does not put obligations on those who burn the fuel. The fuel "
          "suppliers must monitor how much fuel they release, buy allowances for the carbon dioxide it causes and "
          "surrender them each year. They are expected to pass the cost on in the price of petrol, diesel and "
          "heating oil."),
    ("p", "The suppliers have reported their emissions since 2025. Trading and the obligation to surrender "
          "allowances were to start in 2027, but in November 2025 the EU decided to postpone the start by one year. "
          "ETS2 therefore starts in 2028."),
    ("h1", "2. The price of allowances"),
    ("p", "The directive contains a price stability mechanism: if the price rises above EUR 45 per tonne in 2020 "
          "prices, extra allowances are released. Nobody knows the real price in advance. For budget purposes we "
          "assume EUR 55 per tonne of carbon dioxide in 2028 and EUR 70 in 2030, at an exchange rate of SEK 11.20 "
          "per euro."),
    ("h1", "3. What it means per litre"),
    ("p", "At EUR 55 per tonne, ETS2 adds about SEK 1.50 per litre of diesel, SEK 1.40 per litre of petrol and "
          "SEK 1.70 per litre of heating oil, excluding VAT. Sustainable biofuels such as HVO100 and biogas count "
          "as zero emissions and carry no ETS2 cost. Electricity is not covered. District heating from Alingsås "
          "Energi is not affected either, since large heating plants are already part of the existing emissions "
          "trading system."),
    ("table", [["Fuel", "Use in 2025", "Extra cost 2028"],
               ["Diesel, municipal vehicles and machines", "318,000 litres", "about SEK 477,000"],
               ["Petrol, municipal vehicles", "94,000 litres", "about SEK 132,000"],
               ["Heating oil, three properties", "21,000 litres", "about SEK 36,000"],
               ["Total", "", "about SEK 645,000"]]),
    ("h1", "4. The municipality's own use"),
    ("p", "The municipality's fleet consists of 286 vehicles and machines, of which 61 are used by the home care "
          "service. In 2025 they used 318,000 litres of fossil diesel and 94,000 litres of petrol. Three "
          "properties are still heated partly with oil: Hemsjö school, the Lövekulle pumping station and the "
          "service depot at Sävelund. Together they used 21,000 litres of heating oil."),
    ("p", "The total extra cost for the municipality's own use is estimated at about SEK 645,000 in 2028 and about "
          "SEK 820,000 in 2030, if nothing is changed."),
    ("h1", "5. Contracted transport"),
    ("p", "The contracts for school transport and transport services for the disabled have fuel index clauses, so "
          "ETS2 will reach the municipality through the contract prices as well. The extra cost is estimated at "
          "SEK 300,000 to 400,000 a year. It is not included in the total above."),
    ("h1", "6. The Social Climate Fund"),
    ("p", "To soften the effect on vulnerable households and small businesses, the EU has created the Social "
          "Climate Fund. It runs from 2026 to 2032 and amounts to EUR 86.7 billion including the member states' "
          "own co-financing of 25 per cent. Municipalities cannot apply to the fund directly: the Swedish "
          "government decides in its social climate plan how Sweden's share is used."),
    ("h1", "7. Recommendations"),
    ("list", ["Switch the diesel vehicles and machines that can run on it to HVO100 during 2027.",
              "Replace the oil boilers in the three properties with heat pumps before 2028.",
              "Let each department include the cost in its own budget, with a central reserve for uncertainty.",
              "Follow the Swedish social climate plan and inform residents when support becomes available."]),
    ("h1", "8. Contact"),
    ("p", "Questions about ETS2 are answered by sustainability strategist Oskar Lundell. The fleet figures come "
          "from fleet manager Jens Hammar."),
]

# ---------------------------------------------------------------------------------------------
# P2. Working time and retained firefighters – English, .pdf
# ---------------------------------------------------------------------------------------------

RIB_MEMO = [
    ("title", "Memo: the Working Time Directive and stand-by duty for retained firefighters"),
    ("p", "Alingsås–Vårgårda Rescue Service, HR function. To the joint board of the rescue service. 20 January "
          "2027. Ref. RTJ 2027/006."),
    ("h1", "1. Summary"),
    ("p", "Rulings from the Court of Justice of the European Union mean that stand-by time at home can count as "
          "working time under the Working Time Directive if the constraints on the firefighter are very "
          "significant. Our retained firefighters have a short turnout time, and many of them also have a "
          "full-time main job. We propose changes to the stand-by schedule so that everyone gets the daily and "
          "weekly rest that the directive requires."),
    ("h1", "2. The legal background"),
    ("p", "The Working Time Directive, Directive 2003/88/EC, requires at least 11 consecutive hours of daily rest "
          "and an average working week of no more than 48 hours, including overtime. In the Matzak case "
          "(C-518/15, 21 February 2018) the Court found that stand-by time which a Belgian retained firefighter "
          "spent at home, with a duty to respond to calls within eight minutes, was working time. In 2021 the "
          "Court added that an overall assessment of all the constraints must be made in each case."),
    ("h1", "3. Our retained firefighters"),
    ("p", "The rescue service has 46 retained firefighters at three stations: Sollebrunn, Ingared and Vårgårda. "
          "They are on stand-by one week in four and must be at the station within five minutes of an alarm, "
          "which in practice means staying within about three kilometres of the station. The stand-by allowance "
          "is SEK 2,950 per stand-by week, and call-outs are paid by the hour."),
    ("p", "A survey in November 2026 showed that 31 of the 46 have another main job, and that 9 of them work full "
          "time elsewhere, several of them in shifts."),
    ("h1", "4. Options"),
    ("list", ["Option A: keep the five-minute turnout time, but change the schedule so that no one is on stand-by "
              "directly after a night shift in their main job, and keep a rest-time log for each firefighter.",
              "Option B: extend the turnout time at Ingared, where there are about 110 alarms a year, to eight "
              "minutes. This would not on its own solve the problem, since eight minutes was the time in the "
              "Matzak case.",
              "Option C: replace retained firefighters with full-time staff at Sollebrunn. This would cost about "
              "SEK 6 million a year and is not proposed."]),
    ("h1", "5. Proposal and cost"),
    ("p", "We propose option A. To make the schedule work, the rescue service needs six more retained "
          "firefighters. Recruitment and basic training cost about SEK 95,000 per person, in total about SEK "
          "570,000, which is paid from the rescue service's training budget for 2027. The joint board is asked to "
          "decide at its meeting on 16 March 2027."),
    ("h1", "6. Contact"),
    ("p", "The memo was written by HR strategist Annika Sjögren. Questions about the stand-by schedule are "
          "answered by deputy chief fire officer Johan Ekvall."),
]

# ---------------------------------------------------------------------------------------------
# P3. Kvinnofrid – lägesrapport, svenska, .pdf
# ---------------------------------------------------------------------------------------------

KVINNOFRID = [
    ("title", "Lägesrapport: arbetet mot våld i nära relationer 2026"),
    ("p", "Socialförvaltningen, individ- och familjeomsorgen. Rapport till socialnämnden februari 2027."),
    ("h1", "Ärenden 2026"),
    ("p", "Under 2026 handlade kvinnofridsteamet 181 ärenden om våld i nära relationer, att jämföra med 168 "
          "ärenden 2025. 47 barn som hade upplevt våld fick stödsamtal. 19 personer placerades i skyddat boende, "
          "och den genomsnittliga vistelsen var 38 dygn. Ärenden om digitalt våld, till exempel hot via sociala "
          "medier och spridning av bilder, ökade från 14 till 26."),
    ("h1", "Åtgärderna i handlingsplanen"),
    ("list", ["Utbildningen om digitalt våld: 52 av 61 socialsekreterare har gått utbildningen. Resten går den i "
              "maj.",
              "Informationen på fem språk, arabiska, somaliska, tigrinja, dari och engelska, är översatt och "
              "publiceras i april 2027.",
              "Rutinen för skolan om tvångsäktenskap och könsstympning är försenad och beräknas vara klar i "
              "december 2027.",
              "Skyddat boende för medföljande tonårspojkar: upphandlingen startar hösten 2027."]),
    ("h1", "Bidraget till kvinno- och tjejjouren"),
    ("p", "Handlingsplanen räknade med ett bidrag på 550 000 kr till Alingsås kvinno- och tjejjour 2027. "
          "Socialnämnden beslutade i januari att bidraget blir 480 000 kr, eftersom jouren också får ett nytt "
          "statsbidrag. Jouren har öppet tre kvällar i veckan från mars 2027, i stället för två."),
    ("h1", "Den nya lagstiftningen"),
    ("p", "Regeringens förslag till hur direktivet ska införas i Sverige väntas under våren 2027. Förvaltningen "
          "följer frågan och återkommer till nämnden när lagförslaget är känt."),
    ("h1", "Kontakt"),
    ("p", "Frågor om rapporten besvaras av kvinnofridssamordnaren Leila Mansour."),
]

# ---------------------------------------------------------------------------------------------
# P4. Barngarantin – lokal handlingsplan, svenska, .pdf
# ---------------------------------------------------------------------------------------------

BARNGARANTI = [
    ("title", "Lokal handlingsplan för den europeiska barngarantin 2027–2030"),
    ("p", "Kommunstyrelsen, Alingsås kommun. Antagen 2026-11-16, § 187. Framtagen av kommunledningskontoret "
          "tillsammans med barn- och ungdomsförvaltningen, socialförvaltningen och kultur- och "
          "fritidsförvaltningen."),
    ("h1", "Vad är barngarantin?"),
    ("p", "Den europeiska barngarantin är en rekommendation från EU:s ministerråd från juni 2021, rekommendation "
          "(EU) 2021/1004. Den säger att alla barn som riskerar fattigdom eller social utestängning ska ha "
          "kostnadsfri tillgång till förskola, utbildning och skolaktiviteter, minst ett hälsosamt mål mat varje "
          "skoldag och hälso- och sjukvård, och faktisk tillgång till hälsosam mat och en god bostad. Sverige har "
          "en nationell handlingsplan. Garantin är inte bindande, men kommunen har valt att ta fram en egen plan."),
    ("h1", "Läget i Alingsås"),
    ("p", "Omkring 1 140 barn, 9 procent av alla barn i kommunen, lever i hushåll med låg ekonomisk standard. "
          "Andelen är högst i Noltorp och Brogården. Barn i dessa hushåll deltar mer sällan i organiserade "
          "fritidsaktiviteter och har oftare ingen semesterresa på sommarlovet."),
    ("h1", "Åtgärder 2027–2030"),
    ("list", ["Avgiftsfria lovaktiviteter på sommarlov, höstlov och sportlov för barn och unga 6–17 år.",
              "Fritidskortet: ett försök 2027–2028 där barn 8–16 år i hushåll med försörjningsstöd eller "
              "bostadsbidrag får 600 kr per termin att använda till avgifter i idrotts- och kulturföreningar.",
              "Kostnadsfri frukost på fyra skolor: Ängaboskolan, Stadsskogsskolan, Bjärtorpsskolan och "
              "Hagaskolan.",
              "Fritidsbanken, där barn och familjer lånar fritidsutrustning gratis, får en större lokal på "
              "Sävelund.",
              "Familjecentralen erbjuder ekonomisk rådgivning till alla familjer med barn under sex år."]),
    ("h1", "Budget"),
    ("p", "Lovaktiviteterna kostar 1,2 miljoner kronor per år. Fritidskortet beräknas kosta 1,3 miljoner kronor "
          "per år om 1 100 barn använder det. Frukosten kostar 640 000 kr per läsår. Pengarna tas ur "
          "kommunstyrelsens utvecklingsmedel."),
    ("h1", "Uppföljning"),
    ("p", "Kommunledningskontoret följer upp planen varje år med fem indikatorer, bland annat andelen barn i "
          "hushåll med låg ekonomisk standard som deltar i föreningsliv, och rapporterar till kommunstyrelsen i "
          "mars. Planen utvärderas i sin helhet 2030."),
    ("h1", "Ansvar"),
    ("p", "Samordnare för barngarantin är Ida Fransson på kommunledningskontoret."),
]

# ---------------------------------------------------------------------------------------------
# P5. RED III och accelerationsområden – svenska, .pdf
# ---------------------------------------------------------------------------------------------

RED3 = [
    ("title", "PM: förnybartdirektivet och accelerationsområden för sol- och vindkraft"),
    ("p", "Samhällsbyggnadsförvaltningen, planavdelningen. PM till kommunstyrelsens planeringsutskott "
          "2026-10-12. Diarienummer KS 2026/0471."),
    ("h1", "Sammanfattning"),
    ("p", "EU:s reviderade förnybartdirektiv, direktiv (EU) 2023/2413, brukar kallas RED III. Det höjer EU:s mål "
          "till minst 42,5 procent förnybar energi 2030 och kräver att medlemsstaterna pekar ut "
          "accelerationsområden, där det ska gå snabbare att få tillstånd för anläggningar för förnybar energi. "
          "Enligt direktivet skulle accelerationsområdena vara utpekade senast den 21 februari 2026. Länsstyrelsen "
          "i Västra Götalands län har bett kommunerna lämna förslag."),
    ("h1", "Tidsfrister för tillstånd"),
    ("p", "Inom ett accelerationsområde ska tillståndsprocessen för en ny anläggning ta högst tolv månader. "
          "Utanför accelerationsområdena är gränsen två år. För solceller på byggnader gäller högst tre månader. "
          "Projekt i accelerationsområden behöver inte göra en separat miljöbedömning, om de följer de "
          "skyddsåtgärder som har bestämts för området."),
    ("h1", "Kommunens förslag"),
    ("p", "Förvaltningen föreslår två accelerationsområden för solenergi: det nedlagda grustaget i Hjälmared, 42 "
          "hektar, och taken i industriområdet Sävelund, sammanlagt 11 hektar takyta. Inget av områdena är "
          "jordbruksmark eller ligger i ett Natura 2000-område. Förvaltningen föreslår inga accelerationsområden "
          "för vindkraft, eftersom kommunens vindbruksplan från 2012 är inaktuell och en ny vindbruksplan först "
          "ska tas fram."),
    ("p", "Det kommunala vetot för vindkraft enligt miljöbalken gäller fortfarande. En vindkraftsetablering "
          "kräver alltså att kommunfullmäktige tillstyrker den, även i ett accelerationsområde."),
    ("h1", "Skyddsåtgärder"),
    ("list", ["Minst 100 meter mellan solpaneler och närmaste bostadshus.",
              "Stängsel som släpper igenom smådjur.",
              "Inga kemiska bekämpningsmedel under panelerna.",
              "En remsa med blommande växter för pollinerare längs kanterna."]),
    ("h1", "Tidplan"),
    ("p", "Kommunens svar till länsstyrelsen lämnas senast den 30 november 2026. Därefter hålls samråd med "
          "allmänheten från den 11 januari till den 21 februari 2027, med en utställning i stadshuset och ett "
          "öppet möte den 27 januari 2027 klockan 18.00."),
    ("h1", "Kostnader"),
    ("p", "Miljöbedömningen av förslaget görs av ett konsultföretag och kostar 280 000 kr, som tas från "
          "planavdelningens budget. Kommunen får ingen ersättning från staten för arbetet."),
    ("h1", "Kontakt"),
    ("p", "Ansvarig handläggare är översiktsplaneraren Mikael Strand."),
]

# ---------------------------------------------------------------------------------------------
# P6. Green financing and the EU Green Bond Standard – English, .pdf
# ---------------------------------------------------------------------------------------------

GREEN_BONDS = [
    ("title", "Summary: AB Alingsåshem's green financing and the EU Green Bond Standard"),
    ("p", "Finance Unit, Municipal Executive Office, for the Municipal Executive Board. 7 December 2026. Ref. KS "
          "2026/0533."),
    ("h1", "1. Purpose"),
    ("p", "AB Alingsåshem, the municipal housing company, has asked whether it should issue its own green bonds "
          "under the new EU Green Bond Standard instead of borrowing through Kommuninvest. This summary describes "
          "the standard, the company's current green borrowing and the Finance Unit's recommendation."),
    ("h1", "2. The EU Green Bond Standard"),
    ("p", "Regulation (EU) 2023/2631 on European green bonds has applied since 21 December 2024. It creates a "
          "voluntary label, European green bond or EuGB. An issuer that uses the label must use all the money for "
          "purposes that meet the EU taxonomy, with a flexibility pocket of at most 15 per cent, publish a "
          "factsheet before the issue and have the bond checked by an external reviewer registered with the "
          "European Securities and Markets Authority, ESMA. Allocation and impact must be reported afterwards."),
    ("h1", "3. Alingsåshem's borrowing today"),
    ("p", "Alingsåshem has loans of SEK 3.1 billion, of which SEK 1.4 billion are green loans from Kommuninvest. "
          "The green loans finance new buildings that meet the Miljöbyggnad Gold level and energy renovations that "
          "cut energy use by at least 30 per cent. The municipality guarantees the loans, and the company pays a "
          "guarantee fee of 0.35 per cent a year on the guaranteed amount."),
    ("h1", "4. Projects financed with green loans"),
    ("list", ["The Vinkeln block, 72 rental apartments in a wooden building, completed in 2026.",
              "The energy renovation of 240 apartments in Noltorp, 2025–2028.",
              "Solar panels on 14 of the company's buildings."]),
    ("h1", "5. Recommendation"),
    ("p", "The Finance Unit recommends that Alingsåshem does not issue its own European green bonds for now. The "
          "company's borrowing needs are too small for a bond market of its own, and the external review alone "
          "would cost about SEK 250,000 a year. Kommuninvest's green loans give the same interest rate advantage "
          "at a lower cost. The question will be reviewed again in 2029."),
    ("h1", "6. Reporting"),
    ("p", "Alingsåshem publishes a green impact report every April, showing energy use, emissions avoided and the "
          "projects that the green loans have financed."),
    ("h1", "7. Contact"),
    ("p", "Questions are answered by the municipality's finance manager Helena Dahlin. Alingsåshem's chief "
          "financial officer Per-Olof Nyberg answers questions about the company's projects."),
]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(ETS2_BUDGET, folder / "ets2-budgetanvisning-2028.docx")
    write_docx(GIGABIT, folder / "gigabitforordningen-kommunal-infrastruktur.docx")
    write_docx(POLITISK_REKLAM, folder / "politisk-reklam-riktlinje.docx")
    write_docx(VALD, folder / "valdsdirektivet-handlingsplan-2027-2028.docx")
    write_docx(ERIH, folder / "erih-membership-application-textile-heritage.docx")
    write_docx(HPV, folder / "hpv-vaccination-elevhalsan-handlingsplan-2027.docx")
    write_docx(ZERO_EMISSION, folder / "zero-emission-construction-sites-buyers-group.docx")
    write_pdf(ETS2_BRIEFING, folder / "ets2-briefing-fuel-and-heating-costs.pdf",
              "Alingsås Municipality – Sustainability Unit", "Page")
    write_pdf(RIB_MEMO, folder / "working-time-retained-firefighters-memo.pdf",
              "Alingsås–Vårgårda Rescue Service", "Page")
    write_pdf(KVINNOFRID, folder / "kvinnofrid-lagesrapport-2026.pdf",
              "Alingsås kommun – Socialförvaltningen", "Sida")
    write_pdf(BARNGARANTI, folder / "barngarantin-lokal-handlingsplan-2027-2030.pdf",
              "Alingsås kommun – Kommunstyrelsen", "Sida")
    write_pdf(RED3, folder / "accelerationsomraden-fornybar-energi-pm.pdf",
              "Alingsås kommun – Samhällsbyggnadsförvaltningen", "Sida")
    write_pdf(GREEN_BONDS, folder / "green-financing-alingsashem-summary.pdf",
              "Alingsås Municipality – Finance Unit", "Page")
    print(f"wrote 13 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
