"""Writes the Word and PDF documents of evaluation part tune-c into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work for an evaluation
corpus. People, phone numbers, internal rules, partner projects and many amounts are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-c/make_docs.py

Block kinds: ("title", text), ("h1", text), ("h2", text), ("p", text), ("list", [items]),
("olist", [items]), ("table", [[header cells], [cells], ...]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# 1. Partnership with Kalush (Ukraine) and donations of municipal equipment – Swedish, .docx
# ---------------------------------------------------------------------------------------------

UKRAINA = [
    ("title", "Partnerskapet med Kalush och regler för att skänka kommunal utrustning till utlandet"),
    ("p", "Riktlinje för Alingsås kommuns förvaltningar och bolag. Fastställd av kommundirektören "
          "2025-02-04 och reviderad 2026-01-19. Riktlinjen kompletterar kommunens regler för "
          "avyttring av lös egendom och gäller alla förvaltningar."),
    ("h1", "Bakgrund"),
    ("p", "Alingsås kommun och staden Kalush i Ivano-Frankivsk oblast i västra Ukraina undertecknade en "
          "avsiktsförklaring om samarbete den 12 juni 2024. Avsiktsförklaringen skrevs under av "
          "kommunstyrelsens ordförande och av Kalush borgmästare vid ett digitalt möte. I mars 2025 "
          "beslutade kommunstyrelsen att ingå ett partnerskapsavtal för perioden 2025–2027."),
    ("p", "Kalush har omkring 65 000 invånare inklusive de byar som ingår i kommunen (hromadan). Staden har "
          "tagit emot ett stort antal internflyktingar från östra Ukraina, vilket har ökat trycket på "
          "skolor, vatten och avlopp och den kommunala servicen."),
    ("p", "Partnerskapet är inte ett vänortsavtal. Det är ett tidsbegränsat samarbete med fokus på "
          "återuppbyggnad och kommunal kapacitet, och det kan förlängas efter en utvärdering hösten 2027."),
    ("h1", "Samarbetsområden"),
    ("p", "Partnerskapsavtalet omfattar fyra samarbetsområden:"),
    ("list", ["Vatten och avlopp: erfarenhetsutbyte om drift av reningsverk och läcksökning i ledningsnätet",
              "Skola: stöd till skolor som tar emot internflyktade elever, bland annat digitala läromedel",
              "Räddningstjänst och beredskap: utbildning och begagnad räddningsutrustning",
              "Kommunal förvaltning: e-tjänster, dokumenthantering och medborgardialog"]),
    ("p", "Varje samarbetsområde har en kontaktperson i Alingsås och en i Kalush. Kontaktpersonerna i "
          "Alingsås utses av respektive förvaltningschef."),
    ("h1", "Organisation och budget"),
    ("p", "Partnerskapet leds av en styrgrupp med fem ledamöter: kommundirektören (ordförande), "
          "förvaltningscheferna för samhällsbyggnad och barn och ungdom, räddningschefen och "
          "Ukraina-samordnaren på kommunledningskontoret. Styrgruppen sammanträder var tredje månad och "
          "oftare vid behov."),
    ("p", "Ukraina-samordnaren är Tobias Lund. Han håller ihop partnerskapet, har den löpande kontakten med "
          "Kalush stadsförvaltning och är den som förvaltningar vänder sig till när de vill skänka "
          "utrustning."),
    ("p", "Kommunstyrelsen har avsatt 350 000 kr per år under 2025–2027 för partnerskapet. Pengarna får "
          "användas till transporter av skänkt utrustning, digitala möten med tolk, utbildningsinsatser "
          "och möten i Polen. Lönekostnader för kommunens egen personal belastar förvaltningarnas egna "
          "budgetar och ingår inte i de 350 000 kronorna."),
    ("p", "Partnerskapets budget får inte användas till kontanta bidrag till Kalush stad eller till "
          "enskilda personer i Ukraina."),
    ("h1", "Resor och möten"),
    ("p", "Utrikesdepartementet avråder från alla resor till Ukraina. Så länge avrådan gäller får "
          "kommunens anställda och förtroendevalda inte resa till Ukraina i tjänsten. Möten med "
          "kollegorna i Kalush hålls digitalt eller i Rzeszów i sydöstra Polen, dit båda parter kan resa."),
    ("p", "Delegationer från Kalush kan besöka Alingsås. Högst sex personer från Kalush kan få resa och "
          "boende betalda av partnerskapets budget vid ett och samma besök. Vill Kalush skicka fler får de "
          "själva stå för kostnaderna."),
    ("h1", "Kan kommunen skänka utrustning?"),
    ("p", "En kommun får inte ge bort sin egendom hur som helst. Kommunallagen bygger på att kommunens "
          "tillgångar ska användas för kommunmedlemmarnas bästa. Enligt lagen (2009:47) om vissa kommunala "
          "befogenheter får kommuner dock lämna humanitärt bistånd till utlandet i form av utrustning som "
          "kommunen inte längre behöver. Riktlinjen beskriver hur det ska gå till i Alingsås."),
    ("p", "Bara utrustning som är utrangerad, det vill säga som förvaltningen har beslutat att inte längre "
          "använda, får skänkas. Ny utrustning får inte köpas in för att skänkas bort."),
    ("p", "Utrustningen ska fungera, vara rengjord och vara kontrollerad. Elektrisk utrustning ska ha "
          "bruksanvisning på engelska eller ukrainska. Datorer ska vara raderade enligt IT-avdelningens "
          "rutin för säker radering innan de lämnar kommunen, och raderingen ska dokumenteras."),
    ("h2", "Beslut om donation"),
    ("p", "Beslutet beror på utrustningens uppskattade marknadsvärde:"),
    ("table", [["Uppskattat marknadsvärde", "Vem beslutar", "Underlag"],
               ["Upp till 100 000 kr", "Förvaltningschefen", "Blankett Donation utomlands och värdering"],
               ["Över 100 000 kr", "Kommunstyrelsen", "Tjänsteskrivelse från Ukraina-samordnaren"],
               ["Fordon, oavsett värde", "Kommunstyrelsen", "Tjänsteskrivelse och besiktningsprotokoll"]]),
    ("p", "Värderingen görs av inköpsenheten, som jämför med priser på begagnatmarknaden. Om värdet är "
          "osäkert ska det högre av två uppskattningar användas."),
    ("h2", "Utrustning som kräver särskild prövning"),
    ("list", ["Medicinteknisk utrustning, till exempel sängar och lyftar från äldreomsorgen, får inte skänkas "
              "utan att medicinskt ansvarig sjuksköterska (MAS) har godkänt den.",
              "Drönare, krypterad radioutrustning och annan utrustning som kan ha militär användning får inte "
              "skänkas förrän Ukraina-samordnaren har stämt av saken med Inspektionen för strategiska "
              "produkter (ISP).",
              "Läkemedel och förbrukningsmaterial med utgångsdatum skänks inte av kommunen; hänvisa till "
              "etablerade hjälporganisationer.",
              "Fordon ska vara besiktigade och avregistreras först när mottagaren har bekräftat att de kan "
              "registreras i Ukraina."]),
    ("h2", "Så går en donation till"),
    ("olist", ["Förvaltningen fyller i blanketten Donation utomlands och skickar den till Ukraina-samordnaren.",
               "Ukraina-samordnaren frågar Kalush om behovet finns. Utrustning som inte efterfrågas skickas inte.",
               "Inköpsenheten värderar utrustningen.",
               "Beslut fattas enligt tabellen ovan.",
               "Förvaltningen packar och märker utrustningen. Varje kolli märks med innehåll på engelska.",
               "Ukraina-samordnaren bokar transporten och tar fram exporthandlingarna.",
               "Kalush skickar ett undertecknat mottagningskvitto senast 30 dagar efter leveransen.",
               "Donationen förs in i kommunens register över donationer, som redovisas till kommunstyrelsen "
               "en gång per år."]),
    ("p", "Räkna med att det tar sex till åtta veckor från blankett till leverans. Transporter samlas ihop, "
          "och en lastbil går normalt när det finns minst tio pallar att skicka."),
    ("h1", "Donationer 2025"),
    ("p", "Under 2025 skänktes följande utrustning till Kalush:"),
    ("table", [["Datum", "Utrustning", "Antal", "Uppskattat värde", "Beslut av"],
               ["2025-03-18", "Bärbara datorer, utrangerade", "40", "60 000 kr", "Kommundirektören"],
               ["2025-05-06", "Reservelverk", "3", "210 000 kr", "Kommunstyrelsen"],
               ["2025-09-22", "Släckbil från 2004", "1", "150 000 kr", "Kommunstyrelsen"],
               ["2025-11-10", "Skolstolar och skolbänkar", "120", "35 000 kr", "Förvaltningschefen för barn och ungdom"]]),
    ("p", "Det sammanlagda uppskattade värdet av donationerna 2025 var 455 000 kr. Transporterna kostade "
          "92 000 kr och betalades av partnerskapets budget."),
    ("h1", "Vanliga frågor"),
    ("h2", "Får en förvaltning skänka direkt till en förening som samlar in till Ukraina?"),
    ("p", "Nej. Kommunens utrustning skänks bara till Kalush stad inom partnerskapet, och alltid genom "
          "Ukraina-samordnaren. Föreningar i Alingsås som samlar in till Ukraina kan i stället söka "
          "kommunens vanliga föreningsbidrag."),
    ("h2", "Får medarbetare ta med sig utrangerad utrustning privat för att skänka den?"),
    ("p", "Nej. Utrangerad utrustning är fortfarande kommunens egendom tills den har avyttrats enligt "
          "reglerna, och medarbetare får inte ta den till sig själva, inte heller för att skänka bort den."),
    ("h2", "Kan vi skicka saker till andra städer i Ukraina?"),
    ("p", "Riktlinjen gäller bara partnerskapet med Kalush. Önskemål om att stödja andra orter prövas av "
          "styrgruppen i varje enskilt fall."),
]

# ---------------------------------------------------------------------------------------------
# 2. Hosting international conferences in Alingsås – English, .docx
# ---------------------------------------------------------------------------------------------

CONFERENCE = [
    ("title", "Hosting an international conference in Alingsås – guide for organisers"),
    ("p", "This guide is for staff of Alingsås Municipality who are planning to host or co-host an "
          "international conference, seminar or network meeting in Alingsås. It was written by the "
          "Municipal Executive Office together with Visit Alingsås and the Finance Department. "
          "Version 2.1, March 2026."),
    ("p", "The guide does not cover study visits or official delegations, which follow the municipality's "
          "separate routines, nor meetings that the municipality attends abroad."),
    ("h1", "What counts as an international conference?"),
    ("p", "In this guide, an international conference is a meeting with at least 20 external participants "
          "from at least three countries that the municipality arranges or co-arranges. Smaller meetings, for "
          "example a project partner meeting with eight people, can follow the same advice but do not need a "
          "conference budget approved in advance."),
    ("p", "Many international conferences in Alingsås are linked to EU projects and networks: partner "
          "meetings, final conferences and thematic seminars. The rules of the funding programme always "
          "apply in addition to this guide."),
    ("h1", "Decisions and responsibilities"),
    ("p", "Every conference needs an owner: the head of the department that arranges it. The owner "
          "appoints a conference manager, who is responsible for the budget, the programme and the "
          "practical arrangements."),
    ("p", "A conference with a total budget of up to SEK 250,000 is approved by the head of department. A "
          "conference with a larger budget must be approved by the Municipal Director before any venue is "
          "booked or any invitation is sent. A conference where the municipality's net cost, after fees and "
          "grants, exceeds SEK 500,000 must also be reported to the Municipal Executive Board's working "
          "committee."),
    ("table", [["Role", "Who", "Responsible for"],
               ["Owner", "Head of the arranging department", "Decision to arrange, approval of budgets up to SEK 250,000"],
               ["Conference manager", "Appointed by the owner", "Budget, programme, registration, evaluation"],
               ["Event coordinator", "Visit Alingsås", "Venues, hotel blocks, social programme, suppliers"],
               ["Finance contact", "Finance Department", "Invoicing of fees, VAT, payment of speakers"],
               ["Communications", "Communications Unit", "Web page, press, photos and social media"]]),
    ("h1", "Choosing a venue"),
    ("p", "Alingsås has several venues suitable for international meetings. Prices are the municipal rates "
          "for 2026, excluding VAT, for a full day with standard technical equipment. Catering is not "
          "included."),
    ("table", [["Venue", "Capacity (theatre seating)", "Price per day", "Notes"],
               ["Estrad Alingsås", "450", "SEK 32,000", "Largest venue, several breakout rooms, interpretation booths"],
               ["Kulturhuset, Stora salen", "220", "SEK 18,500", "Central, close to the railway station"],
               ["Stadshuset, Sessionssalen", "90", "Free of charge", "Only for events arranged by the municipality"],
               ["Nolhaga slott", "60", "SEK 9,800", "Suitable for workshops and dinners"]]),
    ("p", "Book the venue early. For a conference with more than 150 participants the venue should be booked "
          "at least nine months ahead; for smaller conferences, at least four months ahead. Estrad Alingsås is "
          "often fully booked in May and October."),
    ("p", "All venues must be accessible for wheelchair users and have a hearing loop. Check this with the "
          "venue even if the list above says it is available, as temporary works can affect access."),
    ("h1", "Budget and fees"),
    ("p", "Make a budget before you book anything. Typical cost items are the venue, catering, technical "
          "support, speakers' fees and travel, the social programme, printed material and staff time. Use the "
          "Finance Department's conference budget template."),
    ("p", "As a rule, the municipality charges a participation fee. The standard fee for a two-day conference "
          "is €180 per participant, or SEK 2,000 for participants who pay in Swedish kronor. Project partners "
          "in an EU project where the conference is a budgeted activity pay no fee. Students and "
          "representatives of non-profit organisations may be offered a reduced fee of €90."),
    ("p", "Conference fees are subject to 25 per cent Swedish VAT. The fees above include VAT. The Finance "
          "Department issues the invoices; conference managers must not collect fees in cash or to private "
          "accounts."),
    ("p", "Speakers' fees up to SEK 15,000 per speaker can be agreed by the conference manager. Higher fees "
          "must be approved by the owner. Speakers' travel and accommodation are booked by the municipality "
          "through the ordinary travel agency agreement."),
    ("h1", "Timeline"),
    ("p", "The following timeline works for most conferences with 50–200 participants:"),
    ("list", ["12–9 months before: decision, budget, venue booking",
              "6 months before: save-the-date message to partners and networks",
              "4 months before: programme draft ready and registration opens",
              "3 weeks before: registration closes",
              "5 working days before: final numbers and special diets to the caterer",
              "2 weeks after: evaluation survey sent to all participants"]),
    ("h1", "Registration"),
    ("p", "Registration is handled in the municipality's event registration tool. The conference manager "
          "orders a registration form from the Communications Unit at least two weeks before registration "
          "is due to open."),
    ("p", "Ask only for the information that is needed: name, organisation, country, e-mail, dietary "
          "requirements and accessibility needs. Participant lists may be shared with other participants "
          "only if the participants have agreed to it in the registration form."),
    ("p", "Cancellations received more than 14 days before the conference are refunded in full. After that "
          "no refund is given, but the place may be transferred to a colleague from the same organisation."),
    ("h1", "Hotels and travel"),
    ("p", "Visit Alingsås can reserve a block of up to 60 hotel rooms in Alingsås at a negotiated rate. "
          "Rooms that have not been booked by participants are released 30 days before the conference, "
          "after which the municipality no longer pays for them."),
    ("p", "Most international participants arrive through Göteborg Landvetter Airport. Recommend the airport "
          "coach to Göteborg Central Station and then the regional train to Alingsås, which takes around "
          "30 minutes. For groups of more than 20 people arriving together, the conference manager can "
          "order a chartered bus from the airport."),
    ("h1", "Food and sustainability"),
    ("p", "Conference catering in Alingsås is vegetarian by default. Meat or fish is served only when a "
          "participant asks for it in the registration form. Coffee, tea and bananas served at municipal "
          "conferences must be Fairtrade certified, in line with the municipality's status as a Fairtrade "
          "City."),
    ("p", "Avoid printed programmes: publish the programme on the conference web page and in the "
          "registration tool. Name badges are collected at the end and reused."),
    ("h1", "After the conference"),
    ("p", "Send the evaluation survey within two weeks. The conference manager writes a short report with "
          "the number of participants, countries, the final budget and the main results of the evaluation, "
          "and sends it to the owner within six weeks of the conference."),
    ("h1", "Example: Walkable Towns Forum 2025"),
    ("p", "In September 2025 Alingsås hosted the Walkable Towns Forum at Estrad Alingsås, together with the "
          "URBACT network Re:Centre. The forum gathered 140 participants from 11 countries over two days. The "
          "total budget was SEK 620,000, so it was approved by the Municipal Director; after fees and the "
          "network's contribution, the municipality's net cost was SEK 185,000."),
    ("p", "The evaluation showed that participants valued the study walks in the town centre most. The "
          "greatest difficulty was the hotel block: only 38 of the 60 reserved rooms were booked by "
          "participants."),
]

# ---------------------------------------------------------------------------------------------
# 3. Language policy: Swedish, English and plain language – Swedish, .docx
# ---------------------------------------------------------------------------------------------

SPRAK = [
    ("title", "Språkpolicy för Alingsås kommun – svenska, engelska och klarspråk"),
    ("p", "Antagen av kommunstyrelsen 2025-10-07, § 182. Policyn gäller alla förvaltningar och kommunala "
          "bolag. Kommunikationschefen ansvarar för att den följs upp och revideras vart tredje år."),
    ("h1", "Utgångspunkter"),
    ("p", "Enligt språklagen (2009:600) är svenska huvudspråk i Sverige, och språket i offentlig "
          "verksamhet ska vara vårdat, enkelt och begripligt. Det allmänna har ett särskilt ansvar för att "
          "svenskan används och utvecklas."),
    ("p", "Alingsås kommuns språk är svenska. Kommunens beslut, protokoll och handlingar som ligger till "
          "grund för beslut skrivs på svenska. Samtidigt har kommunen invånare, företag och samarbetspartner "
          "som behöver information på andra språk, och kommunen deltar i internationella projekt där "
          "arbetsspråket oftast är engelska."),
    ("p", "Policyn omfattar inte nationella minoritetsspråk eller tolkning; för dem finns särskilda "
          "riktlinjer."),
    ("h1", "Klarspråk"),
    ("p", "Klarspråk betyder att texten är skriven så att mottagaren kan hitta, förstå och använda "
          "informationen. Alla texter som kommunen skriver till invånare, företag och andra myndigheter ska "
          "följa klarspråksprinciperna:"),
    ("list", ["Börja med det viktigaste, till exempel beslutet eller vad mottagaren ska göra.",
              "Skriv korta meningar och använd vardagliga ord.",
              "Förklara facktermer och förkortningar första gången de används.",
              "Tilltala mottagaren med du eller ni.",
              "Använd rubriker och punktlistor i texter som är längre än en sida."]),
    ("p", "Varje förvaltning har minst en klarspråkscoach. Coacherna får en utbildning på två dagar och "
          "träffas i ett nätverk fyra gånger per år. Klarspråkssamordnaren på kommunikationsenheten leder "
          "nätverket."),
    ("p", "Beslutsunderlag till nämnderna ska innehålla en sammanfattning på högst en halv sida, skriven så "
          "att en person utan förkunskaper förstår vad beslutet gäller."),
    ("h1", "Engelska i kommunens kommunikation"),
    ("p", "Kommunens webbplats alingsas.se har en avdelning på engelska, In English, med grundläggande "
          "information om att bo, arbeta och driva företag i Alingsås. Avdelningen ska hållas kort. "
          "Kommunikationsenheten beslutar vilka sidor som översätts, och varje förvaltning ansvarar för att "
          "dess engelska sidor granskas minst en gång per år."),
    ("p", "Engelska används också i kommunikation med internationella samarbetspartner, i EU-projekt och i "
          "material till internationella konferenser. Använd brittisk engelska (organisation, programme, "
          "centre) om inte projektets eget material redan använder amerikansk stavning."),
    ("p", "Maskinöversättning får användas som hjälp i det interna arbetet. Text som publiceras på engelska "
          "ska alltid läsas igenom av en person med goda kunskaper i engelska innan den publiceras. "
          "Personuppgifter och sekretessbelagda uppgifter får inte klistras in i öppna "
          "översättningstjänster på nätet."),
    ("h2", "Kommunens namn och titlar på engelska"),
    ("p", "Använd följande engelska benämningar så att kommunen uttrycker sig på samma sätt överallt. "
          "Skriv inte \"Alingsås Commune\"."),
    ("table", [["Svenska", "Engelska"],
               ["Alingsås kommun", "Alingsås Municipality"],
               ["Kommunfullmäktige", "Municipal Council"],
               ["Kommunstyrelsen", "Municipal Executive Board"],
               ["Kommunstyrelsens arbetsutskott", "Working Committee of the Municipal Executive Board"],
               ["Kommunstyrelsens ordförande", "Chair of the Municipal Executive Board"],
               ["Kommundirektör", "Municipal Director"],
               ["Kommunledningskontoret", "Municipal Executive Office"],
               ["Förvaltning", "Department"],
               ["Nämnd", "Committee"]]),
    ("p", "Ordet \"Mayor\" ska inte användas om kommunstyrelsens ordförande i officiella texter, eftersom "
          "rollen inte motsvarar en borgmästare. I muntliga sammanhang kan man förklara att ordföranden "
          "är kommunens högsta förtroendevalda."),
    ("h2", "Dokument på engelska som underlag för beslut"),
    ("p", "Ett beslutsunderlag får ha bilagor på engelska, till exempel en projektansökan eller ett "
          "partnerskapsavtal. Bilagan ska då åtföljas av en svensk sammanfattning som beskriver vad "
          "kommunen åtar sig, vad det kostar och vilka risker som finns."),
    ("h1", "Engelska för medarbetare"),
    ("p", "Kommunen vill att medarbetare som arbetar internationellt ska kunna uttrycka sig säkert på "
          "engelska. Två kurser erbjuds genom kommunens kompetensportal:"),
    ("table", [["Kurs", "Upplägg", "Kostnad", "Sista anmälningsdag"],
               ["Arbetsplatsengelska", "10 träffar à 2 timmar, vår och höst", "4 500 kr per deltagare, betalas av arbetsplatsen",
                "15 januari (vårkursen) och 1 september (höstkursen)"],
               ["Engelska för EU-projekt", "3 heldagar", "Ingen avgift, betalas centralt",
                "Sex veckor före kursstart"]]),
    ("p", "Arbetsplatsengelska passar den som behöver träna på att tala engelska i möten, skriva e-post och "
          "presentera sin verksamhet. Kursen leds av en extern språklärare och har högst 14 deltagare."),
    ("p", "Engelska för EU-projekt vänder sig till den som arbetar i eller planerar ett EU-projekt. Kursen "
          "tar upp projektvokabulär, rapportskrivning och hur man leder ett partnermöte på engelska. För att "
          "gå kursen krävs att chefen har godkänt anmälan, och företräde ges till medarbetare i pågående "
          "EU-projekt."),
    ("p", "Kurserna räknas som arbetstid. Den som behöver en högre nivå kan söka bidrag till en extern kurs "
          "från förvaltningens kompetensutvecklingsbudget."),
    ("h1", "Andra språk än svenska och engelska"),
    ("p", "Information om samhällsviktiga frågor, till exempel krisinformation, kan behöva finnas på fler "
          "språk. Kommunikationsenheten beslutar om det i varje enskilt fall. Vid en kris publiceras den "
          "viktigaste informationen alltid på lättläst svenska och engelska."),
    ("h1", "Uppföljning"),
    ("p", "Kommunikationschefen redovisar hur policyn följs i en rapport till kommunstyrelsen vartannat år. "
          "Rapporten ska bland annat visa hur många klarspråkscoacher som finns och hur många medarbetare som "
          "har gått kurserna i engelska."),
]

# ---------------------------------------------------------------------------------------------
# 4. Following EU policy, the Committee of the Regions and EU consultations – Swedish, .pdf
# ---------------------------------------------------------------------------------------------

EUPOLICY = [
    ("title", "Så bevakar och påverkar Alingsås kommun EU:s politik"),
    ("p", "Rutin för kommunledningskontoret och förvaltningarna. Fastställd av kommundirektören 2025-11-12. "
          "Rutinen beskriver hur kommunen följer EU:s lagstiftning och politik, hur kommunen kan påverka "
          "genom Europeiska regionkommittén och andra kanaler, och hur kommunen svarar på EU-kommissionens "
          "offentliga samråd."),
    ("h1", "Varför ska en kommun bry sig om EU:s politik?"),
    ("p", "En stor del av de frågor som kommunen arbetar med påverkas av EU:s beslut: upphandling, "
          "dricksvatten, avfall, luftkvalitet, livsmedelskontroll, dataskydd och tillgänglighet är några "
          "exempel. Ofta är det kommunerna som genomför lagstiftningen i praktiken. Ju tidigare kommunen "
          "känner till ett förslag, desto större är möjligheten att påverka det och att förbereda sig."),
    ("h1", "Europeiska regionkommittén"),
    ("p", "Europeiska regionkommittén (ReK, på engelska Committee of the Regions) är EU:s rådgivande organ "
          "för lokala och regionala företrädare. Kommittén har 329 ledamöter från de 27 medlemsländerna. "
          "Kommissionen, rådet och Europaparlamentet måste höra regionkommittén innan de fattar beslut i "
          "frågor som rör lokala och regionala myndigheter, till exempel sammanhållningspolitik, miljö, "
          "transporter och utbildning."),
    ("p", "Sverige har 12 ledamöter och 12 ersättare i regionkommittén. De utses av regeringen efter förslag "
          "från Sveriges Kommuner och Regioner (SKR) och är förtroendevalda i kommuner och regioner. Alingsås "
          "har ingen egen ledamot. Kommunen följer kommitténs arbete genom SKR och genom Västra "
          "Götalandsregionens ledamot, som håller ett informationsmöte för kommunerna i länet inför varje "
          "plenarsession."),
    ("p", "Regionkommittén håller sex plenarsessioner per år i Bryssel. Yttranden förbereds i sex "
          "fackutskott. Den som vill påverka ett yttrande bör ta kontakt med föredraganden, alltså den "
          "ledamot som skriver yttrandet, tidigt – helst innan utskottet har behandlat utkastet."),
    ("h1", "Omvärldsbevakning i kommunen"),
    ("p", "EU-strategen på kommunledningskontoret ansvarar för kommunens samlade EU-bevakning. EU-strategen "
          "sammanställer varje månad ett EU-brev med nya förslag, samråd och beslut som kan beröra kommunen. "
          "EU-brevet skickas till förvaltningscheferna och kommunstyrelsens arbetsutskott den första "
          "arbetsdagen i varje månad."),
    ("p", "Varje förvaltning utser en EU-kontaktperson som läser EU-brevet med förvaltningens glasögon och "
          "meddelar EU-strategen om en fråga behöver följas närmare. EU-kontaktpersonerna träffas två gånger "
          "per termin."),
    ("p", "Kommunen använder följande källor i bevakningen:"),
    ("list", ["SKR:s EU-bevakning och SKR:s Brysselkontor",
              "EU-kommissionens portal Have your say (Ge dina synpunkter) för samråd och återkopplingar",
              "Regeringskansliets EU-sidor och faktapromemorior till riksdagen",
              "Regionkommitténs yttranden och plenardagordningar",
              "Europaparlamentets utskottsdagordningar"]),
    ("h1", "Offentliga samråd från EU-kommissionen"),
    ("p", "Innan kommissionen lägger fram ett nytt förslag eller ser över befintlig lagstiftning hålls ofta "
          "ett offentligt samråd. Ett offentligt samråd är ett frågeformulär på webben där alla – "
          "medborgare, organisationer och myndigheter – kan lämna synpunkter. Samråden är normalt öppna i "
          "tolv veckor. Dessutom kan man lämna återkoppling på inledande konsekvensbedömningar och på "
          "förslag som kommissionen har antagit; de perioderna är kortare, ofta fyra eller åtta veckor."),
    ("p", "Offentliga myndigheter behöver inte registrera sig i EU:s öppenhetsregister för att svara på "
          "samråd. Kommunen svarar som offentlig myndighet och anger Alingsås kommun som organisation."),
    ("h2", "Vem beslutar om kommunens svar?"),
    ("table", [["Typ av svar", "Vem beslutar", "Vem skriver under"],
               ["Sakligt svar på ett EU-samråd utan politiska ställningstaganden", "Kommundirektören", "Kommundirektören"],
               ["Svar på ett EU-samråd som innehåller politiska ställningstaganden", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens ordförande"],
               ["Remissvar till Regeringskansliet om ett EU-förslag", "Kommunstyrelsen", "Kommunstyrelsens ordförande och kommundirektören"],
               ["Synpunkter till SKR inför SKR:s eget svar", "Förvaltningschefen", "Förvaltningschefen"]]),
    ("h2", "Så tar vi fram ett svar på ett samråd"),
    ("olist", ["Den förvaltning som berörs mest tar kontakt med EU-strategen och föreslår att kommunen svarar.",
               "EU-strategen bedömer om frågan är politisk och vem som ska besluta, enligt tabellen ovan.",
               "Förvaltningen skriver ett utkast till svar. Utkastet ska lämnas till EU-strategen senast tre "
               "veckor innan samrådet stänger.",
               "EU-strategen samordnar synpunkter från andra förvaltningar och stämmer av med SKR om det behövs.",
               "Svaret beslutas och lämnas in via Have your say. EU-strategen diarieför svaret."]),
    ("p", "Om samrådet ska beslutas av kommunstyrelsens arbetsutskott måste tidplanen anpassas efter "
          "arbetsutskottets sammanträden. Räkna då med minst fem veckor från att förvaltningen börjar skriva "
          "till att svaret kan lämnas in."),
    ("p", "Frågeformulären finns på engelska och ofta på alla EU:s officiella språk. Kommunen svarar i regel "
          "på engelska, eftersom svaren då läses av fler handläggare på kommissionen. Svaret får skrivas på "
          "svenska om det är bråttom."),
    ("h1", "Remisser från Regeringskansliet"),
    ("p", "När EU-kommissionen har lagt fram ett förslag tar Regeringskansliet fram Sveriges ståndpunkt. "
          "Ibland skickas förslaget på remiss till kommuner. Alingsås kommun besvarar sådana remisser bara "
          "om kommunen finns med på remisslistan eller om frågan har stor betydelse för kommunen. Remissvar "
          "beslutas av kommunstyrelsen och ska lämnas inom den tid som Regeringskansliet har angett."),
    ("p", "Riksdagen prövar om nya EU-förslag strider mot subsidiaritetsprincipen. De nationella "
          "parlamenten har åtta veckor på sig att lämna ett motiverat yttrande. Kommuner kan inte själva "
          "lämna ett sådant yttrande men kan uppmärksamma riksdagens ledamöter på en fråga."),
    ("h1", "Samråd som kommunen har svarat på"),
    ("table", [["Samråd", "Svar lämnat", "Beslut av"],
               ["Översyn av avloppsdirektivet, återkoppling", "2023-03-14", "Kommundirektören"],
               ["Europeisk plan för prisvärda bostäder", "2025-06-02", "Kommunstyrelsens arbetsutskott"],
               ["Förenkling av rapportering i EU-fonderna", "2025-09-30", "Kommundirektören"],
               ["Framtida sammanhållningspolitik efter 2027", "2025-05-06", "Kommunstyrelsens arbetsutskott"]]),
    ("p", "Svaret om prisvärda bostäder togs fram av samhällsbyggnadsförvaltningen och "
          "Alingsåshem tillsammans. Det lyfte bland annat behovet av att EU:s statsstödsregler ger utrymme "
          "för kommunala bostadsbolag."),
    ("h1", "Kontakter med Europaparlamentet"),
    ("p", "Förtroendevalda och tjänstepersoner får gärna ta kontakt med svenska ledamöter av "
          "Europaparlamentet i frågor som berör kommunen. Kontakten ska stämmas av med EU-strategen, så att "
          "kommunen inte framför olika budskap i samma fråga. Kommunen anlitar inte lobbykonsulter."),
]

# ---------------------------------------------------------------------------------------------
# 5. ELENA and EU support for energy efficiency in municipal buildings – English, .pdf
# ---------------------------------------------------------------------------------------------

ELENA = [
    ("title", "ELENA and EU support for energy renovation of municipal buildings"),
    ("p", "Briefing note for the Property Unit and the Finance Department, Alingsås Municipality. Prepared by "
          "the energy strategist, April 2026. The note explains the ELENA technical assistance grant that "
          "Alingsås receives together with four other municipalities, what it may and may not be used for, "
          "and which other funding sources can be combined with it."),
    ("h1", "Summary"),
    ("p", "In February 2026 the European Investment Bank (EIB) approved an ELENA grant of EUR 1,650,000 for "
          "the joint programme \"Energy Renovation of Public Buildings in Western Sweden\" (ERPB-West). The "
          "programme is coordinated by Alingsås and includes the municipalities of Alingsås, Lerum, Vårgårda, "
          "Herrljunga and Partille. The grant pays for the preparation of EUR 42 million of investments in "
          "energy efficiency and solar power in 64 public buildings over three years."),
    ("h1", "What is ELENA?"),
    ("p", "ELENA (European Local ENergy Assistance) is a joint initiative of the EIB and the European "
          "Commission. It provides grants for technical assistance: the work needed to prepare, procure and "
          "launch large investment programmes in energy efficiency, renewable energy and sustainable "
          "transport. ELENA can cover up to 90 per cent of the eligible technical assistance costs."),
    ("p", "ELENA does not finance the investments themselves. Insulation, new ventilation, heat pumps, "
          "solar panels and other works are paid for by the municipalities, through their own investment "
          "budgets, loans or other grants."),
    ("p", "An important condition is leverage: each euro of ELENA grant must lead to at least ten euros of "
          "investment. For ERPB-West this means that at least EUR 16.5 million must be invested; the "
          "programme plans EUR 42 million. If the programme ends with too little investment, the EIB may "
          "claim back part of the grant."),
    ("p", "Programmes below EUR 30 million in investments are usually too small for ELENA on their own. That "
          "is why Alingsås, whose own planned investments amount to about EUR 9.5 million, applied together "
          "with neighbouring municipalities."),
    ("h1", "What the grant pays for"),
    ("p", "The ELENA budget of ERPB-West is spent on the following items:"),
    ("table", [["Cost item", "Amount (EUR)", "Comment"],
               ["Programme staff (4 full-time energy engineers for 3 years)", "1,080,000", "Two of them are employed by Alingsås"],
               ["Energy audits and feasibility studies", "520,000", "External consultants, procured jointly"],
               ["Legal and procurement advice, incl. energy performance contracting", "160,000", "Mainly year 1"],
               ["Coordination, travel and communication", "73,000", "Coordinated by Alingsås"],
               ["Total eligible costs", "1,833,000", "ELENA covers 90 % = EUR 1,650,000"]]),
    ("p", "The remaining 10 per cent of the eligible costs, EUR 183,000, is shared between the five "
          "municipalities in proportion to their planned investments. Alingsås pays about EUR 41,000 over "
          "three years."),
    ("h1", "Alingsås buildings in the programme"),
    ("p", "Alingsås has 14 buildings in the programme. The largest measures are planned in the following "
          "buildings:"),
    ("table", [["Building", "Built", "Main measures", "Estimated saving"],
               ["Stadshuset", "1932", "Ventilation with heat recovery, LED lighting", "310 MWh a year"],
               ["Nolhagahallen (sports hall)", "1975", "Roof insulation, solar panels 120 kW", "420 MWh a year"],
               ["Ängaboskolan", "1968", "New windows, control system, heat pump", "560 MWh a year"],
               ["Kulturhuset", "1987", "LED lighting, energy monitoring", "95 MWh a year"]]),
    ("p", "Together the 14 Alingsås buildings are expected to save about 2,900 MWh a year, which corresponds "
          "to roughly 30 per cent of their present energy use."),
    ("h1", "Timeline and reporting"),
    ("list", ["September 2025: application submitted to the EIB",
              "20 February 2026: grant agreement signed",
              "March–August 2026: recruitment of energy engineers, joint procurement of auditors",
              "2026–2027: energy audits and procurement of works",
              "February 2029: end of the ELENA implementation period"]),
    ("p", "The coordinator reports progress to the EIB twice a year, by 31 January and by 31 July. The "
          "partner municipalities deliver their figures to the energy strategist in Alingsås four weeks "
          "before each report. The final report is due three months after the end of the implementation "
          "period."),
    ("h1", "Energy performance contracting"),
    ("p", "For some buildings the programme will test energy performance contracting (EPC, in Swedish "
          "energiprestandaavtal). In an EPC, a company carries out the renovation and guarantees a level of "
          "energy savings; if the savings are not reached, the company compensates the municipality. Whether "
          "Alingsås will use EPC will be decided by the Municipal Executive Board in 2027, after the energy "
          "audits."),
    ("h1", "Combining ELENA with other funding"),
    ("p", "ELENA can be combined with other funding for the investments, as long as the same cost is not "
          "funded twice. Relevant sources include:"),
    ("list", ["Klimatklivet (the Swedish Environmental Protection Agency) for charging points and some "
              "conversions from fossil heating",
              "Loans from Kommuninvest, which most Swedish municipalities use for investments",
              "The Regional Development Fund's priority on energy efficiency, mainly for projects with "
              "companies",
              "Green loans from the EIB for investment programmes larger than EUR 25 million"]),
    ("p", "Staff who are paid by ELENA may not at the same time be charged to another EU project. Time "
          "sheets are kept monthly for all programme staff, whether they work full time or part time."),
    ("h1", "Questions and answers"),
    ("h2", "Can the ELENA grant pay for new solar panels on a school?"),
    ("p", "No. The grant can pay for the feasibility study and the procurement of the solar panels, but the "
          "panels and their installation are investments that the municipality pays for."),
    ("h2", "Can other buildings be added to the programme?"),
    ("p", "Yes, buildings can be replaced or added if the EIB agrees and the total investment target is "
          "still met. Requests go through the energy strategist, who collects them twice a year."),
    ("h2", "Does the programme include municipal housing?"),
    ("p", "No. The housing company Alingsåshem is not part of ERPB-West, because it has its own renovation "
          "programme financed through the company's own budget."),
]

# ---------------------------------------------------------------------------------------------
# 6. International cooperation of the rescue services – Swedish, .pdf
# ---------------------------------------------------------------------------------------------

RADDNING = [
    ("title", "Internationellt samarbete inom räddningstjänst och beredskap"),
    ("p", "Inriktning för Räddningstjänsten Alingsås-Vårgårda 2026–2027. Fastställd av direktionen "
          "2025-12-09. Dokumentet beskriver varför och hur räddningstjänsten samarbetar internationellt, "
          "vilka program medarbetarna kan delta i och vad som gäller för ledighet och ersättning."),
    ("h1", "Varför internationellt samarbete?"),
    ("p", "Stora skogsbränder, översvämningar och långa elavbrott har visat att ingen räddningstjänst klarar "
          "allt själv. Internationella utbyten ger medarbetarna erfarenhet av insatser som sällan inträffar "
          "i Alingsås och Vårgårda, och samarbete inom EU gör det lättare att ta emot och ge hjälp när en "
          "kris väl inträffar."),
    ("p", "Det internationella arbetet ska alltid stärka den egna förmågan. Räddningstjänsten deltar därför "
          "bara i aktiviteter där deltagarna kan dela med sig av sina erfarenheter när de kommer hem, till "
          "exempel genom en övning eller en intern utbildning."),
    ("h1", "EU:s civilskyddsmekanism"),
    ("p", "EU:s civilskyddsmekanism (Union Civil Protection Mechanism, UCPM) samordnar hjälp mellan "
          "länderna när en katastrof är större än vad ett land klarar på egen hand. Ett drabbat land begär "
          "hjälp genom EU:s centrum för samordning av katastrofberedskap (ERCC) i Bryssel, och andra länder "
          "erbjuder resurser. Sverige bidrar bland annat med moduler för skogsbrandsbekämpning från luften "
          "och med högkapacitetspumpar."),
    ("p", "I Sverige är MSB (från 2026 Myndigheten för civilt försvar) nationell kontaktpunkt för "
          "civilskyddsmekanismen. Kommunala räddningstjänster deltar genom att ställa personal och "
          "utrustning till förfogande för svenska moduler, efter överenskommelse med myndigheten."),
    ("h1", "Utbyte av experter"),
    ("p", "Programmet Exchange of Experts inom civilskyddsmekanismen ger medarbetare möjlighet att göra ett "
          "kortare utbyte hos en räddningsorganisation i ett annat deltagande land. Ett utbyte varar i regel "
          "en till två veckor."),
    ("p", "Programmet betalar resa, boende och ett dagtraktamente enligt programmets egna regler. Lönen under "
          "utbytet betalas av räddningstjänsten, och utbytet räknas som arbetstid."),
    ("p", "För att söka krävs att man är tillsvidareanställd eller deltidsbrandman med minst två års "
          "anställning, och att man kan kommunicera på engelska på minst nivå B2. Ansökan görs på programmets "
          "webbplats. Räddningschefen ska ha godkänt ansökan innan den skickas in, och den ska skickas in "
          "senast åtta veckor före det önskade utbytet."),
    ("p", "Den som har gjort ett utbyte skriver en kort rapport och håller en genomgång för sitt skiftlag "
          "inom en månad efter hemkomsten."),
    ("h1", "Insatser utomlands"),
    ("p", "Medarbetare kan anmäla intresse för att ingå i den nationella myndighetens insatsstyrkor för "
          "internationella insatser. En insats utomlands görs inte i räddningstjänstens regi; medarbetaren "
          "anställs tillfälligt av myndigheten under insatsen."),
    ("p", "Räddningstjänsten beviljar tjänstledighet för internationella insatser i högst sex månader per "
          "kalenderår. Tjänstledigheten beviljas av räddningschefen. Vid en större händelse i Alingsås eller "
          "Vårgårda kan räddningschefen neka eller skjuta upp ledigheten."),
    ("p", "Under tjänstledigheten betalar räddningstjänsten ingen lön. Medarbetaren behåller sin anställning "
          "och sin plats i skiftschemat."),
    ("h1", "Samarbetet med Valmiera"),
    ("p", "Sedan 2022 har räddningstjänsten ett samarbete med Statens brand- och räddningstjänst i Valmiera "
          "i norra Lettland. Samarbetet omfattar gemensamma övningar, utbyte av instruktörer och studiebesök. "
          "Under 2025 besökte åtta lettiska brandmän Alingsås under en vecka och följde skiftlagen i arbetet."),
    ("p", "Samarbetet finansieras av räddningstjänstens egen budget med högst 120 000 kr per år. Lettiska "
          "deltagares resor betalas av den lettiska sidan, medan räddningstjänsten står för boende och mat "
          "när gästerna är i Alingsås."),
    ("h1", "Begagnad utrustning till andra länder"),
    ("p", "Räddningstjänsten får inte själv skänka bort fordon eller utrustning till utlandet. Utrangerad "
          "utrustning som kan göra nytta i Ukraina lämnas via Alingsås kommuns partnerskap med Kalush, som "
          "har egna regler för hur donationer beslutas. Under 2025 skänktes på så sätt en släckbil till "
          "Kalush."),
    ("p", "Skyddsutrustning som har passerat tillverkarens livslängd, till exempel rökdykarutrustning och "
          "brandhjälmar, får inte skänkas till någon, eftersom den inte längre kan garanteras skydda."),
    ("h1", "Planerade aktiviteter 2026"),
    ("table", [["Aktivitet", "Tid", "Deltagare från räddningstjänsten", "Finansiering"],
               ["Exchange of Experts, Portugal (skogsbrand)", "Juni 2026", "2 personer", "UCPM-programmet"],
               ["Gemensam övning i Valmiera", "26–28 augusti 2026", "6 personer", "Räddningstjänstens budget"],
               ["EU MODEX-övning, Estland", "13–16 oktober 2026", "4 personer", "UCPM-programmet"],
               ["Instruktörsutbyte i Alingsås", "November 2026", "Värdar: utbildningsenheten", "Räddningstjänstens budget"]]),
    ("p", "EU MODEX är EU:s fältövningar för moduler inom civilskyddsmekanismen. Övningarna pågår i flera "
          "dygn och genomförs i realistiska scenarier, till exempel en jordbävning eller en översvämning."),
    ("h1", "Ansvar och kontakt"),
    ("p", "Räddningschefen beslutar om deltagande i internationella aktiviteter. Den internationella "
          "samordnaren på räddningstjänsten, Peter Ahlgren, håller ihop ansökningar, rapporter och "
          "kontakten med Valmiera och med den nationella myndigheten."),
    ("p", "Internationella aktiviteter ska rapporteras till direktionen en gång per år, i samband med "
          "verksamhetsberättelsen."),
]

# ---------------------------------------------------------------------------------------------
# 7. International loans for exhibitions (museum and library) – English, .docx
# ---------------------------------------------------------------------------------------------

LOANS = [
    ("title", "International loans and exhibition insurance – Alingsås Museum and the City Library"),
    ("p", "Routine for the Culture and Leisure Department. Adopted by the head of department on 9 December "
          "2025. The routine applies when Alingsås Museum or Alingsås City Library borrows objects from, or "
          "lends objects to, museums, archives and libraries in other countries. It is written in English "
          "because most loan agreements and facility reports are in English."),
    ("h1", "Scope"),
    ("p", "The routine covers loans of objects for exhibitions: textiles, paintings, photographs, archive "
          "documents, rare books and other cultural heritage objects. It does not cover the ordinary "
          "interlibrary loan of books, which the library handles through the national library system, nor "
          "touring exhibitions that are hired for a fee."),
    ("p", "Alingsås Museum's collections are strongest in textile history and the history of the cotton mill "
          "Alingsås Bomullsspinneri. Loans abroad have mostly concerned textiles for exhibitions about the "
          "early industrial revolution."),
    ("h1", "Who decides?"),
    ("table", [["Type of loan", "Decision by", "Signs the agreement"],
               ["Loan from a foreign institution to Alingsås, insured value up to SEK 2 million", "Museum director", "Museum director"],
               ["Loan from a foreign institution to Alingsås, insured value over SEK 2 million", "Head of the Culture and Leisure Department", "Head of department"],
               ["Loan from Alingsås to a foreign institution", "Museum director, after consulting the conservator", "Museum director"],
               ["Loan of objects classified as national heritage", "Head of department; export permit may be needed", "Head of department"]]),
    ("p", "The library's rare books are lent abroad on the same conditions as museum objects. The library "
          "supervisor prepares the decision, which is then taken by the museum director."),
    ("h1", "Planning a loan"),
    ("p", "International loans take time. Send the loan request to the lending institution at least twelve "
          "months before the opening of the exhibition. Many large museums decide on loans only at board "
          "meetings a few times a year, and some require eighteen months' notice."),
    ("p", "The borrower must send a facility report describing the exhibition rooms: climate control, light "
          "levels, fire protection, security and staffing. Alingsås Museum uses the standard facility report "
          "of the UK Registrars Group, in English. The facility report is updated every two years by the "
          "conservator."),
    ("p", "The exhibition rooms of Alingsås Museum keep a relative humidity of 45–55 per cent and a "
          "temperature of 18–22 °C. Light levels for textiles and works on paper are kept at or below 50 lux."),
    ("h1", "Insurance and state indemnity"),
    ("p", "All borrowed objects must be insured from nail to nail, that is from the moment they are taken "
          "down in the lending institution until they are back in place. The insurance covers transport, "
          "packing, installation and the exhibition period."),
    ("p", "For exhibitions of major importance, the borrower can apply for state exhibition indemnity "
          "(statlig utställningsgaranti). The Swedish state then acts as insurer for the borrowed objects. "
          "The application is made to the Swedish Arts Council (Kulturrådet) and must be submitted at least "
          "three months before the exhibition opens. The indemnity does not cover the first SEK 50,000 of a "
          "loss per exhibition, which the museum pays itself."),
    ("p", "Loans that are not covered by state indemnity are insured through the municipality's own "
          "insurance for property and exhibitions. Contact the insurance coordinator at the Finance Department at least "
          "six weeks before the objects are transported. The premium is paid by the exhibition budget."),
    ("p", "When Alingsås lends objects abroad, the borrower pays for insurance, transport and couriers. "
          "The insured value is set by the museum director on the advice of the conservator."),
    ("h1", "Transport and couriers"),
    ("p", "Objects are transported by specialised fine art shippers in climate-controlled vehicles. Textiles "
          "are packed flat or rolled on tubes in crates made for the purpose."),
    ("p", "A courier from the lending institution often accompanies the objects and checks them when they "
          "are unpacked. When Alingsås lends objects abroad, the museum normally sends one courier, usually "
          "the conservator. The borrower pays the courier's travel, hotel and a daily allowance according to "
          "the loan agreement."),
    ("p", "Every object is inspected and photographed when it leaves and when it arrives. The condition "
          "report is signed by both the courier and the receiving conservator."),
    ("h1", "Export permits and customs"),
    ("p", "Cultural objects that are more than 100 years old and have a value above certain limits may need "
          "an export permit before they can leave Sweden. Permits are issued by the Swedish National Heritage "
          "Board (Riksantikvarieämbetet) or, for some categories, by other authorities. For loans outside the "
          "EU an EU export licence is also needed. Apply at least two months before the transport."),
    ("p", "Objects that are lent from countries outside the EU are imported temporarily under an ATA carnet "
          "or a temporary admission procedure, so that no customs duty or VAT is paid."),
    ("h1", "Loans in 2026"),
    ("table", [["Exhibition", "Period", "Lender or borrower", "Objects"],
               ["Cotton and Empire", "March–August 2026", "Loan from Manchester Museum of Science and Industry", "6 textile samples"],
               ["Threads of Europe", "June–October 2026", "Loan to Textilmuseum, Germany", "4 woven fabrics from 1850"],
               ["Book art in the Baltic", "September–December 2026", "Loan to the National Library of Latvia", "2 rare books"]]),
    ("p", "The loan from Manchester was the first time Alingsås Museum received state exhibition indemnity."),
    ("h1", "Costs"),
    ("p", "Lending institutions often charge a loan fee per object to cover conservation and administration. "
          "Fees of GBP 300–1,000 per object are common in the United Kingdom. The museum's budget for loan "
          "fees in 2026 is SEK 60,000. Alingsås Museum does not charge loan fees when it lends its own "
          "objects to other public museums."),
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
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=19, leading=23, spaceAfter=14),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14.5, leading=18, spaceBefore=12,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8,
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
                ("FONT", (0, 0), (-1, 0), "Helvetica", 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
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
    write_docx(UKRAINA, folder / "partnerskap-kalush-donationer.docx")
    write_docx(CONFERENCE, folder / "hosting-international-conferences.docx")
    write_docx(SPRAK, folder / "sprakpolicy-engelska-klarsprak.docx")
    write_docx(LOANS, folder / "international-loans-exhibitions.docx")
    write_pdf(EUPOLICY, folder / "eu-bevakning-och-samrad.pdf",
              "Alingsås kommun – Rutin för EU-bevakning och samråd", "Sida")
    write_pdf(ELENA, folder / "elena-energy-renovation-briefing.pdf",
              "Alingsås Municipality – ELENA briefing note", "Page")
    write_pdf(RADDNING, folder / "raddningstjanst-internationellt-samarbete.pdf",
              "Räddningstjänsten Alingsås-Vårgårda – Internationellt samarbete", "Sida")
    print(f"wrote 7 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
