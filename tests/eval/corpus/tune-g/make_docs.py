"""Writes the Word and PDF documents of evaluation part tune-g into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work for an evaluation
corpus. People, phone numbers, internal rules, projects, partners and most amounts are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-g/make_docs.py

Blocks: ("title", t), ("h1", t), ("h2", t), ("p", t), ("list", [..]), ("olist", [..]),
("table", [[head..], [cells..], ..]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------------------------------------
# A. EU-missionen för klimatneutrala och smarta städer – tvillingstad och klimatkontrakt (sv, pdf)
# ------------------------------------------------------------------------------------------------
MISSION = [
    ("title", "Alingsås som tvillingstad i EU-missionen för klimatneutrala och smarta städer"),
    ("p", "Lägesrapport och riktlinje för förvaltningarna. Framtagen av kommunledningskontoret och "
          "samhällsbyggnadsförvaltningen. Version 2.1, fastställd av kommundirektören 2026-09-08. "
          "Dokumentet ersätter informationsbladet från mars 2025."),
    ("h1", "1. Sammanfattning"),
    ("p", "EU-missionen för 100 klimatneutrala och smarta städer till 2030, ofta kallad Cities Mission "
          "eller stadsmissionen, är en av fem EU-missioner som Europeiska kommissionen startade 2021. "
          "Våren 2022 valdes 112 städer ut, varav sju i Sverige: Göteborg, Helsingborg, Lund, Malmö, "
          "Stockholm, Umeå och Uppsala. Alingsås söker inte att bli missionsstad, men kommunen deltar "
          "sedan 2025 som tvillingstad och har tagit fram ett eget lokalt klimatkontrakt efter samma "
          "modell som missionsstädernas klimatstadskontrakt."),
    ("p", "Den här rapporten beskriver vad tvillingskapet innebär, hur ansökan gick till, vad "
          "klimatkontraktet innehåller och hur en förvaltning eller ett kommunalt bolag gör för att föra "
          "in en åtgärd i handlingsplanen. Den riktar sig till chefer, klimatsamordnare och "
          "projektledare."),
    ("h1", "2. Vad är en tvillingstad?"),
    ("p", "En tvillingstad (på engelska twin city) är en stad som inte själv är missionsstad men som "
          "paras ihop med en missionsstad för att lära av dess arbete. Tvillingprogrammet drivs av "
          "NetZeroCities, den plattform som EU-kommissionen har upphandlat för att stödja missionen. "
          "Tvillingstaden följer missionsstaden under en programperiod, deltar i studiebesök och "
          "workshoppar och tar fram en egen plan för att överföra arbetssätt."),
    ("p", "Alingsås är tvillingstad till Helsingborg. Valet motiverades av att Helsingborg har "
          "arbetat länge med cirkulär upphandling och mobilitet i en mindre stadskärna, och att "
          "förvaltningsorganisationerna liknar varandra. Alingsås är den enda kommunen i "
          "Göteborgsregionen som deltar i tvillingprogrammet."),
    ("h2", "2.1 Ansökan"),
    ("p", "Ansökan lämnades in till NetZeroCities den 14 februari 2025, två veckor före sista "
          "ansökningsdag. Kommunstyrelsens arbetsutskott gav klartecken till ansökan den 21 januari 2025. "
          "Ansökan skrevs på engelska och omfattade en beskrivning av kommunens klimatmål, en "
          "intresseförklaring från Helsingborg och ett åtagande om att kommunen avsätter personal under "
          "hela programperioden. Beskedet om att ansökan beviljats kom den 2 maj 2025."),
    ("h2", "2.2 Programperiod och ekonomi"),
    ("p", "Programperioden löper i 18 månader, från den 1 juli 2025 till den 31 december 2026. "
          "NetZeroCities betalar ett bidrag på högst 40 000 euro till tvillingstaden. Bidraget är en "
          "klumpsumma som betalas ut i två delar: 60 procent när arbetsplanen har godkänts och "
          "40 procent när slutrapporten har godkänts. Bidraget får användas till resor, workshoppar, "
          "översättning och konsulttjänster men inte till investeringar."),
    ("p", "Kommunens egen insats består framför allt av arbetstid. Kommunstyrelsen har avsatt "
          "1,2 miljoner kronor för 2025–2026, varav huvuddelen finansierar en halvtidstjänst som "
          "projektledare. Dessutom bidrar Viable Cities, det svenska strategiska innovationsprogrammet "
          "för klimatneutrala städer, med 500 000 kronor till processledning och nätverksträffar."),
    ("table", [["Finansiering", "Belopp", "Period", "Får användas till"],
               ["NetZeroCities tvillingbidrag", "högst 40 000 euro", "2025-07-01 – 2026-12-31",
                "Resor, workshoppar, översättning, konsulter"],
               ["Kommunstyrelsens avsättning", "1,2 miljoner kronor", "2025–2026",
                "Projektledare (50 procent) och interna aktiviteter"],
               ["Viable Cities", "500 000 kronor", "2025–2026", "Processledning och nätverksträffar"]]),
    ("h2", "2.3 Studiebesök i Helsingborg"),
    ("p", "Under programperioden genomförs fyra studiebesök i Helsingborg och två besök av "
          "Helsingborgs medarbetare i Alingsås. Högst åtta personer från Alingsås får delta per "
          "studiebesök, och deltagarna ska tillsammans representera minst tre förvaltningar eller bolag. "
          "Resorna görs med tåg. Resekostnaden belastar tvillingbidraget, medan arbetstiden belastar "
          "deltagarens egen förvaltning."),
    ("pagebreak", None),
    ("h1", "3. Det lokala klimatkontraktet"),
    ("p", "Ett klimatstadskontrakt (Climate City Contract) är det dokument där en missionsstad "
          "beskriver hur den ska bli klimatneutral och vilka aktörer som förbinder sig att bidra. "
          "Alingsås lokala klimatkontrakt är byggt på samma mall men är inte ett klimatstadskontrakt i "
          "missionens mening och kommer inte att granskas av EU-kommissionen."),
    ("p", "Kommunfullmäktige antog klimatkontraktet den 17 juni 2026. Målet är att Alingsås ska vara "
          "klimatneutralt 2035, vilket i kontraktet definieras som att de territoriella utsläppen av "
          "växthusgaser har minskat med minst 85 procent jämfört med 1990 och att resterande utsläpp "
          "kompenseras genom kolinlagring inom kommunens gränser."),
    ("p", "Kontraktet består av tre delar:"),
    ("list", ["Åtagandena – en kort text som undertecknas av kommunen och de medverkande aktörerna",
              "Handlingsplanen – de konkreta åtgärderna med ansvarig, tidplan och förväntad effekt",
              "Investeringsplanen – en bedömning av vad åtgärderna kostar och hur de kan finansieras"]),
    ("p", "Kontraktet har undertecknats av sex förvaltningar, två kommunala bolag (Alingsås Energi och "
          "AB Alingsåshem) och elva externa aktörer, bland annat Alingsås Handel, två "
          "fastighetsägare och Västtrafik. Den första handlingsplanen innehåller 14 åtgärder, varav fem "
          "rör transporter och fyra rör energi i byggnader."),
    ("h2", "3.1 Märkningen Mission Label"),
    ("p", "Missionsstäder vars klimatstadskontrakt har godkänts får EU-kommissionens märkning Mission "
          "Label, som kan underlätta finansiering. Alingsås kan inte få Mission Label, eftersom kommunen "
          "inte är en av de utvalda missionsstäderna. Kommunen får inte heller använda missionens logotyp "
          "på sitt eget klimatkontrakt. Tvillingprogrammets logotyp får användas i material som rör "
          "tvillingsamarbetet."),
    ("h1", "4. Så för du in en åtgärd i handlingsplanen"),
    ("p", "Handlingsplanen revideras en gång per år. Förslag på nya åtgärder lämnas till "
          "projektledaren senast den 30 september för att kunna komma med i nästa års plan. Gör så här:"),
    ("olist", ["Beskriv åtgärden på mallen Åtgärdsblad klimatkontrakt, som finns på intranätet.",
               "Uppskatta utsläppsminskningen i ton koldioxidekvivalenter per år, med hjälp av "
               "klimatstrategen om det behövs.",
               "Låt förvaltningschefen eller bolagets vd godkänna åtgärdsbladet.",
               "Skicka åtgärdsbladet till projektledaren, som samlar förslagen och stämmer av dem i "
               "klimatkontraktets styrgrupp i oktober.",
               "Styrgruppen föreslår den reviderade handlingsplanen, som kommunstyrelsen fastställer i "
               "december."]),
    ("p", "En åtgärd får inte föras in i handlingsplanen utan att ansvarig förvaltningschef eller vd "
          "har godkänt den. Externa aktörer lämnar sina åtgärder direkt till projektledaren och godkänns "
          "av sin egen ledning."),
    ("h2", "4.1 Uppföljning"),
    ("p", "Varje ansvarig förvaltning och varje bolag rapporterar genomförandet av sina åtgärder senast "
          "den 31 mars varje år. Rapporten görs i kommunens system för verksamhetsuppföljning. "
          "Investeringsplanen revideras vartannat år, nästa gång 2028. Kommunfullmäktige får en samlad "
          "redovisning av klimatkontraktet i samband med årsredovisningen."),
    ("h1", "5. Organisation"),
    ("p", "Klimatkontraktets styrgrupp leds av kommundirektören och består av cheferna för "
          "samhällsbyggnadsförvaltningen, kommunledningskontoret och serviceförvaltningen samt vd för "
          "Alingsås Energi. Styrgruppen sammanträder fyra gånger per år."),
    ("p", "Projektledare för tvillingsamarbetet och klimatkontraktet är Maja Ekholm, klimatstrateg på "
          "samhällsbyggnadsförvaltningen. Hon är också kommunens kontaktperson gentemot NetZeroCities och "
          "Helsingborgs stad. Den internationella samordnaren stöttar med engelska texter och "
          "rapportering till NetZeroCities."),
    ("h1", "6. Vanliga frågor"),
    ("h2", "Kan Alingsås bli missionsstad senare?"),
    ("p", "Någon ny ansökningsomgång för att bli missionsstad har inte aviserats. Kommunen bevakar "
          "frågan genom NetZeroCities och Viable Cities."),
    ("h2", "Måste de externa aktörerna betala något?"),
    ("p", "Nej. Det kostar inget att underteckna klimatkontraktet. Aktörerna förbinder sig däremot att "
          "genomföra och själva finansiera sina egna åtgärder."),
    ("h2", "Vad händer efter programperioden?"),
    ("p", "Tvillingbidraget upphör den 31 december 2026. Klimatkontraktet fortsätter att gälla, och "
          "projektledartjänsten finansieras från 2027 av samhällsbyggnadsnämnden inom ramen för dess "
          "budget. Samarbetet med Helsingborg väntas fortsätta i mindre skala genom Viable Cities."),
]

# ------------------------------------------------------------------------------------------------
# B. Interreg North Sea – blue-green infrastructure project (en, docx)
# ------------------------------------------------------------------------------------------------
NORTHSEA = [
    ("title", "RAINSCAPE North Sea – Project Guide for Alingsås Staff"),
    ("p", "Blue-green infrastructure for climate-resilient neighbourhoods. Interreg North Sea Programme "
          "2021–2027. Internal guide prepared by the Alingsås project team, Community Development "
          "Department (samhällsbyggnadsförvaltningen). Last revised 3 November 2026."),
    ("h1", "About the project"),
    ("p", "RAINSCAPE North Sea is a transnational project funded by the Interreg North Sea Programme "
          "under its priority for a climate-resilient North Sea region. The project tests how "
          "blue-green infrastructure – rain gardens, swales, green roofs, open stormwater channels and "
          "temporary flood areas in parks – can reduce flood risk in existing residential areas while "
          "making them greener and more pleasant to live in."),
    ("p", "Blue-green infrastructure is a network of natural and semi-natural elements that manage "
          "water (blue) and vegetation (green) together, so that stormwater is delayed, cleaned and "
          "infiltrated close to where it falls instead of being piped away."),
    ("p", "The project runs for 36 months, from 1 September 2025 to 31 August 2028. It was approved by "
          "the programme's Monitoring Committee in June 2025 in the programme's fourth call."),
    ("h1", "Partnership"),
    ("p", "The partnership has six partners in three countries. The lead partner is the Dutch regional "
          "water authority Waterschap Rivierenland Noord, which carries overall responsibility towards "
          "the Joint Secretariat in Viborg."),
    ("table", [["Partner", "Country", "Role in the project"],
               ["Waterschap Rivierenland Noord", "Netherlands", "Lead partner; work package 1 (management)"],
               ["Gemeente Deventer", "Netherlands", "Pilot in a 1970s housing estate; leads work package 4"],
               ["Horsens Kommune", "Denmark", "Pilot along a culverted stream; leads work package 3"],
               ["VIA University College", "Denmark", "Monitoring and evaluation; leads work package 2"],
               ["Alingsås kommun", "Sweden", "Pilot in Brogården; leads work package 5 (transfer)"],
               ["AB Alingsåshem", "Sweden", "Housing company; co-owner of the Brogården pilot"]]),
    ("p", "Besides the six formal partners, the project has three associated organisations, among them "
          "the Swedish Geotechnical Institute. Associated organisations take part in meetings but receive "
          "no programme funding."),
    ("h1", "Budget and co-financing"),
    ("p", "The total eligible budget of the project is EUR 4 200 000. The programme co-finances up to "
          "60 percent of eligible costs for all partners. The remaining 40 percent is each partner's own "
          "contribution."),
    ("p", "The Alingsås kommun budget is €510,000, which means programme co-financing of €306,000 and an "
          "own contribution of €204,000. AB Alingsåshem has a separate budget of €180,000. Most of the "
          "municipality's own contribution is covered by staff time already budgeted in the Community "
          "Development Department; the cash part of the own contribution, SEK 650,000, has been approved "
          "by the Municipal Executive Board."),
    ("h2", "Cost categories"),
    ("list", ["Staff costs – actual hourly cost, documented with time sheets for staff working part-time "
              "on the project",
              "Office and administration – a flat rate of 15 percent of staff costs, with no receipts",
              "Travel and accommodation – actual costs, following the municipality's travel rules",
              "External expertise and services – for example design consultants and translation",
              "Equipment – for example water-level sensors for monitoring",
              "Infrastructure and works – the construction of the pilot in Brogården"]),
    ("p", "Equipment purchases of more than €5,000 per item must be approved in advance by the lead "
          "partner. Alcohol, fines and gifts to partners are never eligible costs."),
    ("h1", "The Brogården pilot"),
    ("p", "The Swedish pilot is located in Brogården, a residential area from the early 1970s owned by "
          "AB Alingsåshem. During heavy rainfall in 2023 and 2024 several basements flooded. The pilot "
          "will disconnect roof drainage from the combined sewer and lead the water to rain gardens and a "
          "shallow detention area in the central courtyard park."),
    ("p", "Residents will be involved in the design through three workshops in spring 2026 and a "
          "planting day in autumn 2026. Construction starts in April 2027 and the pilot must be completed "
          "by 30 June 2028, so that there is time to measure its effect before the project ends."),
    ("h1", "Work packages"),
    ("p", "The project has five work packages:"),
    ("olist", ["WP1 Project management and communication (lead partner)",
               "WP2 Mapping, monitoring and evaluation (VIA University College)",
               "WP3 Pilot design and construction (Horsens Kommune)",
               "WP4 Citizen engagement and co-design (Gemeente Deventer)",
               "WP5 Transfer to other North Sea municipalities (Alingsås kommun)"]),
    ("p", "As leader of WP5, Alingsås is responsible for a transfer handbook in English and for three "
          "transfer webinars aimed at small and medium-sized municipalities in the North Sea region."),
    ("h1", "Meetings"),
    ("p", "The Partner Steering Group meets twice a year, usually in a partner's home town. Every "
          "partner sends one decision-making representative; for Alingsås this is the head of the "
          "Community Development Department. The kick-off was held in Horsens on 8–9 October 2025. The "
          "mid-term meeting will take place in Deventer in March 2027, and Alingsås will host the "
          "Partner Steering Group in May 2027."),
    ("p", "Travel to partner meetings inside the programme area does not need approval from the lead "
          "partner. Travel outside the programme area, for example to a conference in southern Europe, "
          "requires prior approval from the lead partner."),
    ("h1", "Reporting"),
    ("p", "Reporting periods are six months long. Each partner submits a partner report with its costs "
          "and activities in the programme's monitoring system Jems. The partner report must be "
          "submitted no later than one month after the end of each reporting period. The costs are then "
          "checked by the first level controller before the lead partner includes them in the project "
          "report."),
    ("p", "In Sweden, first level control for the North Sea Programme is carried out by Tillväxtverket "
          "(the Swedish Agency for Economic and Regional Growth). Tillväxtverket's control is free of "
          "charge for Swedish partners. The controller has eight weeks to finish the control."),
    ("h2", "How to get your hours into the partner report"),
    ("olist", ["Register your project hours in the municipality's time system under the project code "
               "4471 RAINSCAPE.",
               "At the end of each month, sign the monthly time sheet and have it countersigned by your "
               "manager.",
               "Send the signed time sheets to the project's financial officer by the fifth working day "
               "of the following month.",
               "The financial officer enters the staff costs in Jems and attaches the time sheets."]),
    ("h1", "Who does what in Alingsås"),
    ("p", "The project manager for Alingsås is Erik Sandahl, stormwater engineer at the water and "
          "wastewater unit. He represents Alingsås in the work package leaders' group. The financial "
          "officer is Linnea Qvist at the finance unit; she prepares the partner reports and is the "
          "contact for Tillväxtverket. Communication about the pilot to residents is handled by "
          "AB Alingsåshem together with the municipality's communications unit."),
    ("p", "The international coordinator supports the team with contacts in the North Sea Programme "
          "network and reads English texts before they are published."),
    ("h1", "Communication rules"),
    ("p", "All communication material, including signs at the pilot site, must carry the programme logo "
          "with the project name. A poster of at least A3 size must be displayed at the municipal "
          "premises where the project team works. Press releases about the project must mention the "
          "Interreg North Sea Programme and the EU co-financing."),
]

# ------------------------------------------------------------------------------------------------
# C. Guide to English project summaries and CVs for EU applications (en, docx)
# ------------------------------------------------------------------------------------------------
GUIDE = [
    ("title", "Writing an English Project Summary and CV for EU Applications"),
    ("p", "A practical guide for Alingsås municipal staff. Published by the Municipal Executive Office "
          "(kommunledningskontoret) in cooperation with the communications unit. Edition 3, April 2026."),
    ("h1", "Why this guide?"),
    ("p", "Almost every EU application asks for a project summary in English and short CVs of the key "
          "staff. Evaluators often read the summary first, and many programmes publish it on their "
          "website if the project is approved. A weak summary can therefore cost points and make a good "
          "project look unclear. This guide gives the municipality's own advice; always check the call "
          "documents of the programme you apply to, because they take precedence."),
    ("h1", "Part 1: The project summary"),
    ("p", "A project summary is a short, self-contained text that explains the problem, what the project "
          "will do, who is involved and what will change when it is finished. It is not an introduction "
          "to the application and must be understandable on its own."),
    ("h2", "Length"),
    ("p", "Respect the character limit of the application form. Many programmes limit the summary to "
          "2,000 characters including spaces, and the online systems cut off longer texts without "
          "warning. If the programme gives no limit, the municipality recommends at most 250 words."),
    ("h2", "Structure"),
    ("p", "Use four short paragraphs in this order:"),
    ("olist", ["The challenge – one or two sentences on the problem and why it matters now.",
               "The objective – what the project wants to achieve, in one sentence.",
               "The activities – the main things the partners will do, and where.",
               "The results – what will be different afterwards, and for whom."]),
    ("h2", "Language and style"),
    ("list", ["Write in British English, since most EU programme bodies use it.",
              "Use the active voice: \"The municipality will build…\", not \"A rain garden will be built…\".",
              "Write out every abbreviation the first time, and avoid Swedish ones entirely.",
              "Use numbers: \"300 households\" says more than \"many households\".",
              "Avoid words such as \"innovative\" and \"unique\" unless you explain what is new.",
              "Do not use machine translation without having a colleague check the result."]),
    ("h2", "Translating Swedish names"),
    ("p", "Swedish names of bodies and titles should be translated consistently. Use the municipality's "
          "official English names:"),
    ("table", [["Swedish", "English (use this)", "Avoid"],
               ["Kommunfullmäktige", "Municipal Council", "Parliament, City Congress"],
               ["Kommunstyrelsen", "Municipal Executive Board", "Government, City Board"],
               ["Kommundirektör", "Chief Executive", "Municipal Director General"],
               ["Förvaltningschef", "Head of Department", "Director General"],
               ["Samhällsbyggnadsförvaltningen", "Community Development Department", "Society Building Office"],
               ["Enhetschef", "Unit Manager", "Unity Chief"],
               ["Rektor", "Head Teacher", "Rector"]]),
    ("h2", "Getting help"),
    ("p", "The communications unit proofreads project summaries free of charge. Send your text at least "
          "five working days before the application deadline; texts sent later are proofread only if "
          "there is time. The unit does not translate whole applications."),
    ("p", "For a full translation, the municipality has a framework agreement with an external "
          "translation agency. The price is SEK 1,150 per standard page of 1,500 characters, and the "
          "department that orders the translation pays. Orders go through the communications unit."),
    ("p", "The international coordinator reads summaries for EU applications and comments on content "
          "and fit with the programme, but not on language."),
    ("pagebreak", None),
    ("h1", "Part 2: The CV"),
    ("p", "Programmes want to know that the people who will run the project have the skills to do it. "
          "The CV in an EU application is therefore not a job application; it is evidence of relevant "
          "experience."),
    ("h2", "Format"),
    ("p", "Use the Europass CV format unless the programme provides its own template. A CV for an EU "
          "application should be no longer than two pages. Some programmes, such as those that use "
          "short staff descriptions in the form itself, ask for only a few lines per person; follow the "
          "form."),
    ("h2", "What to include"),
    ("list", ["Name, current position and employer",
              "Education, with the most recent degree first",
              "Experience relevant to the project, in particular from the last five years",
              "Earlier international or EU-funded projects, with your role and the project budget",
              "Languages, using the Common European Framework levels (A1–C2)"]),
    ("h2", "What not to include"),
    ("p", "A CV for an EU application must not contain your personal identity number (personnummer), "
          "your home address or a photo. Do not list family circumstances, religion or health. Your work "
          "e-mail address and work phone number are enough as contact details."),
    ("h2", "Consent and storage"),
    ("p", "A CV is personal data. Before you send a colleague's CV to a partner, the colleague must have "
          "approved the final version. CVs sent to a lead partner abroad should be sent in the "
          "programme's own system where possible rather than by e-mail."),
    ("h1", "Part 3: Checklist before you submit"),
    ("olist", ["The summary is within the character limit and can be read on its own.",
               "All abbreviations are written out and Swedish names are translated as in the table.",
               "A colleague who was not involved in writing has read the summary.",
               "Every CV is at most two pages and contains no personal identity number or photo.",
               "Each person whose CV is attached has approved it.",
               "The summary has been sent to the communications unit for proofreading, at least five "
               "working days before the deadline."]),
    ("h1", "Examples"),
    ("h2", "A weak opening"),
    ("p", "\"The project RAINSCAPE aims at an innovative and holistic approach to the SBF's work with "
          "dagvatten in socially vulnerable areas.\""),
    ("h2", "A better opening"),
    ("p", "\"Heavy rain flooded 40 basements in the Brogården housing estate in 2023. The project will "
          "lead rainwater into rain gardens and a park instead of the sewer.\""),
]

# ------------------------------------------------------------------------------------------------
# D. Riktlinjer för utländska journalister och medieförfrågningar på engelska (sv, docx)
# ------------------------------------------------------------------------------------------------
MEDIA = [
    ("title", "Riktlinjer för kontakter med utländska journalister och medieförfrågningar på engelska"),
    ("p", "Gäller för alla förvaltningar i Alingsås kommun. Beslutad av kommundirektören 2025-11-20, "
          "dnr KS 2025/611. Riktlinjerna kompletterar kommunens kommunikationspolicy och rutinen för "
          "mediekontakter."),
    ("h1", "Bakgrund"),
    ("p", "Alingsås får allt oftare frågor från utländska medier, framför allt i samband med EU-projekt, "
          "vänortssamarbeten och när kommunen uppmärksammas för sitt klimatarbete. Under 2025 fick "
          "kommunen 23 förfrågningar från utländska journalister, de flesta från Danmark, Tyskland och "
          "Nederländerna. Riktlinjerna ska göra det enkelt för medarbetare att veta vad de ska göra när "
          "en utländsk journalist hör av sig."),
    ("h1", "Grundprinciper"),
    ("p", "Utländska journalister har samma rätt som svenska journalister att ta del av allmänna "
          "handlingar och att ställa frågor till kommunen. Offentlighetsprincipen gäller alla, oavsett "
          "medborgarskap. Kommunen får inte fråga varför någon vill ta del av en allmän handling, och "
          "inte heller kräva att personen uppger sitt namn, om det inte behövs för att pröva om "
          "handlingen kan lämnas ut."),
    ("p", "Den som lämnar uppgifter till en journalist för publicering skyddas av meddelarfriheten. Den "
          "gäller även när journalisten arbetar för ett utländskt medium, men skyddet kan i vissa fall "
          "vara svagare om publiceringen sker utomlands. Kontakta kommunjuristen om du är osäker."),
    ("h1", "När en utländsk journalist hör av sig"),
    ("p", "Alla medieförfrågningar på engelska eller andra främmande språk ska vidarebefordras till "
          "kommunikationsavdelningens pressjour samma dag som de kommer in. Pressjouren registrerar "
          "förfrågan, tar reda på vem som är rätt talesperson och hjälper till med språket."),
    ("olist", ["Tacka för kontakten och ta reda på journalistens namn, medium, land och deadline.",
               "Säg att du återkommer, och lova inte en intervju innan du har stämt av.",
               "Skicka förfrågan till pressjouren via pressjour@alingsas.se eller ring pressjouren.",
               "Pressjouren utser talesperson i samråd med berörd förvaltningschef.",
               "Talespersonen eller pressjouren svarar journalisten."]),
    ("p", "Kommunen ska svara utländska journalister inom 24 timmar på vardagar, även om svaret bara är "
          "att kommunen återkommer. För svenska medier gäller samma svarstid."),
    ("h1", "Vem får uttala sig?"),
    ("p", "Kommunstyrelsens ordförande uttalar sig i politiska frågor och om kommunens internationella "
          "samarbeten som helhet. Kommundirektören uttalar sig om kommunens organisation. "
          "Förvaltningscheferna uttalar sig om sina verksamheter. Sakkunniga medarbetare, till exempel en "
          "projektledare i ett EU-projekt, får intervjuas om sina sakområden när pressjouren har stämt av "
          "med förvaltningschefen."),
    ("p", "Alla medarbetare har rätt att uttala sig som privatpersoner. En medarbetare som inte känner sig "
          "bekväm med att göra en intervju på engelska får tacka nej; pressjouren hittar då en annan "
          "talesperson eller ordnar tolk."),
    ("h2", "Tolk och översättning"),
    ("p", "Behövs tolk vid en intervju beställer pressjouren en auktoriserad tolk. Kostnaden betalas av "
          "den förvaltning som intervjun gäller. Skriftliga svar på engelska korrläses av pressjouren "
          "innan de skickas. Pressmeddelanden översätts till engelska bara när de rör internationella "
          "projekt eller besök."),
    ("h1", "Filmning och fotografering"),
    ("p", "Utländska tv-team som vill filma i kommunens lokaler ska boka det via pressjouren. Filmning i "
          "skolor och förskolor kräver rektors godkännande, och elever under 15 år får bara filmas om "
          "vårdnadshavare har gett sitt samtycke. I äldreboenden får boende bara filmas om de själva har "
          "samtyckt."),
    ("p", "Kommunfullmäktiges sammanträden är offentliga och får filmas från åhörarläktaren utan "
          "särskilt tillstånd. Nämndernas sammanträden är inte offentliga och får inte filmas."),
    ("h1", "Studiebesök och journalistresor"),
    ("p", "Ibland vill utländska journalister följa med på ett studiebesök eller ett partnermöte i ett "
          "EU-projekt. Det är tillåtet om projektets partner har godkänt det. Kommunen betalar inte "
          "resa, boende eller måltider för journalister, och journalister får inte ta emot gåvor från "
          "kommunen utöver enklare förtäring vid ett möte."),
    ("h1", "Desinformation och påverkan"),
    ("p", "Ibland hör personer av sig som utger sig för att vara journalister men som vill samla in "
          "uppgifter om kommunens medarbetare eller sprida vilseledande information. Var uppmärksam på "
          "förfrågningar om personuppgifter om anställda, frågor om säkerhetsrutiner eller "
          "säkerhetsskyddsklassade uppgifter och krav på mycket snabba svar. Kontrollera journalistens "
          "identitet genom att söka upp mediets redaktion via dess officiella webbplats. Misstänkta fall "
          "rapporteras till kommunens säkerhetssamordnare."),
    ("h1", "Efter kontakten"),
    ("p", "Pressjouren sparar en sammanfattning av alla utländska medieförfrågningar och publicerade "
          "artiklar. En gång per år, i januari, sammanställer kommunikationsavdelningen en rapport om "
          "internationell medierapportering om Alingsås som skickas till kommunledningsgruppen."),
    ("h1", "Kontakt"),
    ("p", "Pressjouren nås på telefon 0322-61 60 50 vardagar klockan 8–17 och via e-post "
          "pressjour@alingsas.se. Ansvarig för riktlinjerna är kommunikationschefen Anders Björk."),
]

# ------------------------------------------------------------------------------------------------
# E. Guest researchers and PhD students in EU projects (en, pdf)
# ------------------------------------------------------------------------------------------------
RESEARCH = [
    ("title", "Guest Researchers and PhD Students in the Municipality's EU Projects"),
    ("p", "Guidelines on agreements, intellectual property and insurance. Alingsås kommun, Municipal "
          "Executive Office, R&D coordination. Adopted by the Chief Executive on 12 February 2026."),
    ("h1", "1. Purpose and scope"),
    ("p", "Alingsås works closely with Chalmers University of Technology and the University of Borås, "
          "and researchers from both increasingly take part in the municipality's EU-funded projects. "
          "These guidelines describe which agreements are needed, who owns the results, how the "
          "researchers are insured and what the municipality may and may not pay for. They apply to all "
          "departments and to the municipal companies when they work in projects led by the "
          "municipality."),
    ("h1", "2. Definitions"),
    ("p", "A guest researcher is a person employed by a university or research institute who works in "
          "the municipality's premises or projects for a limited period without being employed by the "
          "municipality. A PhD student from a university who collects data in a municipal project is "
          "treated as a guest researcher."),
    ("p", "A municipal PhD student (kommundoktorand) is an employee of the municipality who is admitted "
          "to doctoral studies at a university and does research on a question of importance to the "
          "municipality as part of the employment."),
    ("h1", "3. Current collaborations"),
    ("p", "At present the municipality has three guest researchers – two from Chalmers and one from the "
          "University of Borås – and one municipal PhD student. The Chalmers researchers work in the "
          "RAINSCAPE North Sea project on stormwater monitoring; the researcher from Borås studies "
          "residents' participation in the climate contract work. The municipal PhD student is employed "
          "by the Community Development Department and admitted to Chalmers."),
    ("h1", "4. Agreements"),
    ("p", "Three documents are needed before a guest researcher starts work:"),
    ("list", ["A collaboration agreement between the municipality and the university, covering the "
              "project as a whole, the division of work, results and publication",
              "An individual guest researcher agreement for each researcher, stating the period, the "
              "workplace, the supervisor in the municipality and the access to systems",
              "A confidentiality undertaking signed by the researcher"]),
    ("p", "If the university is itself a partner in the EU project, the consortium or partnership "
          "agreement of the project replaces the collaboration agreement, but the individual guest "
          "researcher agreement and the confidentiality undertaking are still needed."),
    ("p", "The agreements are signed by the head of the department where the researcher will work. "
          "Templates in Swedish and English are provided by the municipal legal counsel. The documents "
          "must be signed before the researcher starts, and the department should send them to the "
          "university at least two weeks before the start date."),
    ("p", "An individual guest researcher agreement may run for at most 12 months. It can be extended by "
          "a new agreement if the project continues."),
    ("h2", "4.1 Step by step"),
    ("olist", ["The project manager contacts the R&D coordinator as soon as a researcher is expected.",
               "The R&D coordinator checks whether a collaboration agreement with the university "
               "already exists.",
               "The project manager fills in the individual guest researcher agreement with the "
               "researcher.",
               "The head of department signs the agreements; the university signs its part.",
               "The researcher signs the confidentiality undertaking and receives an access card and an "
               "IT account from the service desk."]),
    ("pagebreak", None),
    ("h1", "5. Intellectual property and publication"),
    ("p", "Swedish universities apply the teachers' exemption (lärarundantaget): researchers employed by a "
          "university own the results of their own research. The collaboration agreement must therefore "
          "state what the municipality may do with the results."),
    ("p", "The municipality's standard position is that it receives a free-of-charge, non-exclusive and "
          "perpetual right to use the results in its own operations, including sharing them with the "
          "other partners of the EU project. The municipality does not claim ownership of the "
          "researcher's scientific publications."),
    ("p", "The researcher has the right to publish. The municipality shall receive manuscripts that "
          "build on data from the municipality 30 days before they are submitted for publication. The "
          "municipality may ask for confidential information and personal data to be removed, but may "
          "not stop or delay publication for any other reason."),
    ("p", "Data that the municipality gives to a researcher remain the municipality's. Personal data may "
          "only be shared if the collaboration agreement contains the required data processing terms."),
    ("h1", "6. Insurance"),
    ("p", "Guest researchers from Chalmers and the University of Borås are covered by their employer's "
          "insurance. Chalmers is a foundation university and insures its staff through its own "
          "occupational injury and travel insurance; the University of Borås is a state agency and its "
          "staff are covered by the state's personal injury protection through Kammarkollegiet. The "
          "municipality therefore does not take out any separate insurance for guest researchers."),
    ("p", "PhD students who are employed by their university are insured in the same way as other "
          "university staff. Municipal PhD students are municipal employees and are covered by the "
          "municipality's own occupational injury insurance and collective agreement insurances, also "
          "during courses and conferences."),
    ("p", "Guest researchers who are not employed by any Swedish university, for example a visiting "
          "researcher from a partner university abroad, must show that they have their own accident and "
          "travel insurance before they start."),
    ("p", "Damage that a guest researcher causes to municipal property is handled according to the "
          "collaboration agreement. The standard agreement states that each party bears its own damage "
          "unless it was caused intentionally or by gross negligence."),
    ("h1", "7. Costs"),
    ("p", "When the university is a partner in the EU project, the researcher's time is paid from the "
          "university's own project budget. When the university is not a partner, the municipality may "
          "buy research services as external expertise in its own budget, provided that this is "
          "foreseen in the approved application."),
    ("p", "The municipality does not pay accommodation or travel between home and workplace for guest "
          "researchers. Researchers get a desk in the town hall or at the department free of charge."),
    ("h2", "7.1 Municipal PhD students"),
    ("p", "A municipal PhD student studies at 80 percent of full time over five years and works 20 percent "
          "in the ordinary operations. The municipality pays the full salary, and the university "
          "provides supervision and courses free of charge. The total cost for the municipality is "
          "estimated at SEK 3.2 million over five years. A decision to employ a municipal PhD student is "
          "taken by the Municipal Executive Board."),
    ("h1", "8. Contact"),
    ("p", "Questions about these guidelines are answered by the R&D coordinator, Helena Strand, at the "
          "Municipal Executive Office. Legal questions about agreements go to the municipal legal "
          "counsel."),
]

# ------------------------------------------------------------------------------------------------
# F. Alingsås Model United Nations 2027 – Delegate handbook (en, pdf)
# ------------------------------------------------------------------------------------------------
AMUN = [
    ("title", "Alingsås Model United Nations 2027 – Delegate Handbook"),
    ("p", "AMUN 2027 is organised by students at Alströmergymnasiet, the upper secondary school of "
          "Alingsås kommun. This handbook is for delegates, faculty advisers and visiting schools."),
    ("h1", "Welcome"),
    ("p", "Alingsås Model United Nations (AMUN) is a two-day simulation of the United Nations in which "
          "upper secondary students represent countries, debate current issues and negotiate "
          "resolutions. AMUN 2027 is the ninth conference and takes place on 11–12 February 2027 at "
          "Alströmergymnasiet, Alingsås."),
    ("p", "The conference is run by a student secretariat led by the Secretary-General, Elsa Norén. The "
          "staff supervisor from the school is Karin Åberg, teacher of social studies."),
    ("h1", "Committees"),
    ("p", "AMUN 2027 has four committees and room for 120 delegates in total:"),
    ("table", [["Committee", "Topic", "Delegates"],
               ["General Assembly (GA1)", "Disarmament and autonomous weapons", "40"],
               ["Security Council", "The situation in the Sahel region", "15"],
               ["Human Rights Council", "Freedom of the press and the safety of journalists", "35"],
               ["UN Environment Assembly", "Plastic pollution of the oceans", "30"]]),
    ("h1", "Registration and fees"),
    ("p", "Schools register their delegations through the AMUN website. The registration deadline is "
          "15 December 2026. Country allocations are announced in early January 2027."),
    ("p", "A visiting school may register at most 12 delegates. The conference fee is SEK 350 per "
          "delegate and covers lunch on both days, coffee breaks and conference material. Students at "
          "Alströmergymnasiet do not pay a fee. Faculty advisers attend free of charge."),
    ("p", "The delegates' social evening on Thursday 11 February is optional and costs SEK 120 per "
          "person. Fees are invoiced to the school after the registration deadline and are not refunded "
          "after 15 January 2027."),
    ("h1", "Preparation"),
    ("p", "Each delegate writes a position paper for their committee: one page presenting the country's "
          "position on the topic. Position papers must be submitted by 29 January 2027. Delegates who do "
          "not submit a position paper cannot be considered for awards."),
    ("h1", "Rules of procedure"),
    ("p", "AMUN follows simplified rules of procedure based on those of THIMUN. The working language is "
          "English; no other language may be used in committee sessions. Delegates address the chair "
          "and each other in the third person."),
    ("list", ["A motion for a moderated caucus needs a simple majority.",
              "A draft resolution needs the support of at least five sponsors to be debated.",
              "In the Security Council, a negative vote by a permanent member blocks a substantive "
              "resolution.",
              "Points of personal privilege may interrupt a speaker only if the delegate cannot hear."]),
    ("h1", "Dress code and conduct"),
    ("p", "The dress code is Western business attire. Delegates must wear their name badge at all times. "
          "Mobile phones may be used in committee sessions only for research during unmoderated caucus. "
          "Alcohol is not allowed at any part of the conference, including the social evening."),
    ("h1", "Awards"),
    ("p", "In each committee the chairs give awards for Best Delegate and Outstanding Delegate. The "
          "Secretary-General also gives one award for the best position paper of the conference."),
    ("h1", "Practical information"),
    ("p", "Alströmergymnasiet is a ten-minute walk from Alingsås railway station. Visiting schools arrange "
          "their own accommodation; the secretariat can provide a list of hotels and the youth hostel. "
          "Registration opens at 8:00 on Thursday 11 February, and the opening ceremony starts at 9:00 in "
          "the main hall."),
    ("p", "Questions about the conference are answered by the secretariat at amun@alstromer.alingsas.se. "
          "Questions from teachers about supervision and safety go to Karin Åberg."),
]

# ------------------------------------------------------------------------------------------------
# G. Klimatkontraktets handlingsplan 2026 (sv, pdf)
# ------------------------------------------------------------------------------------------------
HANDLINGSPLAN = [
    ("title", "Handlingsplan 2026 för Alingsås lokala klimatkontrakt"),
    ("p", "Bilaga 2 till klimatkontraktet. Fastställd av kommunstyrelsen 2025-12-10, § 214, och "
          "bekräftad i samband med att kommunfullmäktige antog klimatkontraktet 2026-06-17. "
          "Handlingsplanen gäller kalenderåret 2026 och ersätts av handlingsplan 2027."),
    ("h1", "Inledning"),
    ("p", "Handlingsplanen är den del av klimatkontraktet som beskriver vad som faktiskt ska göras. "
          "Varje åtgärd har en ansvarig aktör, en tidplan och en uppskattad effekt i ton "
          "koldioxidekvivalenter per år. Effekterna är uppskattningar som gjorts av klimatstrategen "
          "tillsammans med den ansvariga aktören och ska ses som storleksordningar, inte som exakta tal."),
    ("p", "Handlingsplan 2026 innehåller 14 åtgärder inom fem områden. Tillsammans beräknas de minska "
          "utsläppen med ungefär 6 900 ton koldioxidekvivalenter per år när alla är fullt genomförda. "
          "Det motsvarar knappt en tiondel av den minskning som krävs för att nå målet för 2035."),
    ("h1", "Områden och åtgärder"),
    ("h2", "Transporter (T)"),
    ("table", [["Nr", "Åtgärd", "Ansvarig", "Klar", "Effekt, ton/år"],
               ["T1", "Elbussar i stadstrafiken", "Västtrafik", "2027", "1 400"],
               ["T2", "Cykelstråk Noltorp–centrum", "Samhällsbyggnadsförvaltningen", "2026", "150"],
               ["T3", "Laddpark vid resecentrum", "Alingsås Energi", "2027", "900"],
               ["T4", "Fossilfria tjänstebilar", "Serviceförvaltningen", "2026", "220"],
               ["T5", "Mobilitetsplan för nya bostadsområden", "Samhällsbyggnadsförvaltningen", "2026", "ej beräknad"]]),
    ("p", "Transportsektorn står för den största delen av de territoriella utsläppen i Alingsås, "
          "framför allt på grund av trafiken på E20. Kommunen kan bara påverka en mindre del av den "
          "trafiken direkt. Därför läggs tyngdpunkten på kollektivtrafik, cykel och laddinfrastruktur."),
    ("p", "Åtgärd T4 innebär att alla kommunens personbilar ska vara el- eller biogasbilar vid utgången "
          "av 2026. Leasingavtal som löper ut under året får bara förnyas med fossilfria bilar."),
    ("h2", "Energi i byggnader (E)"),
    ("table", [["Nr", "Åtgärd", "Ansvarig", "Klar", "Effekt, ton/år"],
               ["E1", "Energieffektivisering i Brogården", "AB Alingsåshem", "2028", "600"],
               ["E2", "Solceller på kommunala tak, 2 MW", "Serviceförvaltningen", "2027", "350"],
               ["E3", "Utbyggd fjärrvärme i Stadsskogen", "Alingsås Energi", "2027", "1 100"],
               ["E4", "Energirådgivning till småhusägare", "Alingsås Energi", "löpande", "300"]]),
    ("p", "Energirådgivningen i åtgärd E4 är kostnadsfri för invånare och företag och finansieras "
          "delvis av Energimyndigheten. Rådgivaren kan besöka småhus på plats; hembesöket kostar inget."),
    ("h2", "Konsumtion och mat (K)"),
    ("table", [["Nr", "Åtgärd", "Ansvarig", "Klar", "Effekt, ton/år"],
               ["K1", "Minskat matsvinn i skolor och äldreboenden", "Serviceförvaltningen", "2026", "180"],
               ["K2", "Möbelåterbruk i kommunens lokaler", "Serviceförvaltningen", "löpande", "90"]]),
    ("p", "Målet för åtgärd K1 är att matsvinnet i kommunens storkök ska halveras jämfört med 2022, "
          "från 45 gram till högst 22 gram per portion."),
    ("h2", "Byggande och material (B)"),
    ("table", [["Nr", "Åtgärd", "Ansvarig", "Klar", "Effekt, ton/år"],
               ["B1", "Klimatkrav vid kommunens nybyggnation", "Samhällsbyggnadsförvaltningen", "2026", "1 200"],
               ["B2", "Återbruk av byggmaterial vid rivning", "AB Alingsåshem", "2027", "250"]]),
    ("h2", "Kolinlagring (L)"),
    ("table", [["Nr", "Åtgärd", "Ansvarig", "Klar", "Effekt, ton/år"],
               ["L1", "Hyggesfritt skogsbruk i kommunens tätortsnära skog", "Samhällsbyggnadsförvaltningen", "löpande", "160"]]),
    ("pagebreak", None),
    ("h1", "Ansvar och uppföljning"),
    ("p", "Den aktör som står som ansvarig för en åtgärd ansvarar också för att finansiera den, om inget "
          "annat sägs i investeringsplanen. Kommunens förvaltningar finansierar sina åtgärder inom "
          "befintliga budgetramar eller söker extern finansiering."),
    ("p", "Uppföljningen sker i tre steg. Ansvariga aktörer rapporterar status för sina åtgärder senast "
          "den 31 mars. Projektledaren sammanställer en lägesrapport till styrgruppen i maj. "
          "Kommunstyrelsen får en samlad redovisning i samband med årsredovisningen."),
    ("p", "Statusen för varje åtgärd anges med en av fyra färger:"),
    ("list", ["Grön – åtgärden genomförs enligt plan",
              "Gul – åtgärden är försenad men väntas bli klar inom planperioden",
              "Röd – åtgärden kommer inte att bli klar enligt plan",
              "Grå – åtgärden har inte påbörjats"]),
    ("p", "En åtgärd som är röd två år i rad tas upp i styrgruppen, som kan föreslå att den ändras eller "
          "stryks. Det är kommunstyrelsen som beslutar om att stryka en åtgärd."),
    ("h1", "Investeringsbehov i sammandrag"),
    ("p", "Investeringsplanen uppskattar att åtgärderna i handlingsplan 2026 kräver investeringar på "
          "sammanlagt cirka 312 miljoner kronor fram till 2030. Den största posten är fjärrvärmeutbyggnaden "
          "i Stadsskogen (åtgärd E3) med 95 miljoner kronor. Av det totala behovet bedöms omkring "
          "40 miljoner kronor kunna finansieras med externa medel, bland annat CEF-stödet till laddparken "
          "och Klimatklivet."),
    ("h1", "Ändringar jämfört med utkastet"),
    ("p", "I remissutkastet från oktober 2025 fanns 16 åtgärder. Två åtgärder ströks efter remissen: "
          "en bilpool för invånare i centrum, eftersom en privat aktör redan startat en sådan, och en "
          "åtgärd om vätgastankstation, som bedömdes vara för osäker. Åtgärd T3 fick en högre effekt "
          "efter att antalet snabbladdare ökades."),
]

# ------------------------------------------------------------------------------------------------
# H. Rapport från studiebesöken i Helsingborg (sv, docx)
# ------------------------------------------------------------------------------------------------
STUDIEBESOK = [
    ("title", "Erfarenheter från tvillingsamarbetet – rapport från studiebesöken i Helsingborg 2025–2026"),
    ("p", "Sammanställd av projektledaren för tvillingsamarbetet efter det tredje studiebesöket. "
          "Rapporten bygger på deltagarnas skriftliga reflektioner och på utvärderingsenkäten. "
          "Den används som underlag för slutrapporten till NetZeroCities."),
    ("h1", "Inledning"),
    ("p", "Inom tvillingprogrammet i EU-missionen för klimatneutrala och smarta städer har Alingsås "
          "genomfört tre studiebesök i Helsingborg: i oktober 2025, i februari 2026 och i maj 2026. "
          "Ett fjärde besök planeras till november 2026. Varje besök har haft ett eget tema, och "
          "deltagarna har valts ut efter temat."),
    ("p", "Syftet med besöken är att lära av hur Helsingborg som missionsstad har organiserat arbetet "
          "med sitt klimatstadskontrakt, och att ta med idéer som går att genomföra i en mindre kommun. "
          "Rapporten beskriver vad vi såg, vad deltagarna tyckte och vilka idéer som redan har lett till "
          "förändringar i Alingsås."),
    ("h1", "Besök 1: Organisation och styrning (oktober 2025)"),
    ("p", "Det första besöket handlade om hur Helsingborg styr klimatarbetet. Sju personer från "
          "Alingsås deltog: kommundirektören, två förvaltningschefer, klimatstrategen, den internationella "
          "samordnaren och två tjänstepersoner från Alingsås Energi och AB Alingsåshem."),
    ("p", "Helsingborg har en klimatdelegation där både kommunala och privata aktörer ingår, och ett "
          "kansli med fyra heltidstjänster. Deltagarna konstaterade att Alingsås inte har resurser för "
          "ett eget kansli, men att en styrgrupp med både förvaltningar och bolag kan fylla samma "
          "funktion. Efter besöket inrättades klimatkontraktets styrgrupp."),
    ("p", "Deltagarna gav besöket i genomsnitt betyget 4,4 av 5 i utvärderingsenkäten."),
    ("h1", "Besök 2: Cirkulär upphandling och återbruk (februari 2026)"),
    ("p", "Det andra besöket handlade om återbruk av möbler och byggmaterial. Åtta personer deltog, "
          "vilket är det högsta antal som får delta per studiebesök. Deltagarna besökte Helsingborgs "
          "återbrukslager för möbler och en byggarbetsplats där material från en riven skola återanvänds."),
    ("p", "Besöket ledde till åtgärd K2 om möbelåterbruk i kommunens lokaler. Serviceförvaltningen "
          "öppnade ett internt möbellager i april 2026. Under de första sex månaderna har 340 möbler "
          "återanvänts i stället för att köpas nya."),
    ("p", "Betyget i utvärderingsenkäten blev 4,7 av 5, det högsta av de tre besöken."),
    ("h1", "Besök 3: Mobilitet och laddinfrastruktur (maj 2026)"),
    ("p", "Det tredje besöket handlade om hållbar mobilitet. Sex personer deltog, bland dem "
          "trafikingenjören som arbetar med laddparken vid resecentrum och en representant för "
          "Västtrafik. Helsingborg visade sitt arbete med mobilitetshubbar där cykelparkering, "
          "bilpool och laddning samlas på ett ställe."),
    ("p", "Deltagarna tyckte att besöket var intressant men att Helsingborgs lösningar var svåra att "
          "överföra till Alingsås, där befolkningsunderlaget är mindre. Betyget blev 3,9 av 5."),
    ("h1", "Helsingborgs besök i Alingsås"),
    ("p", "Helsingborgs stad besökte Alingsås i september 2026 med fem medarbetare. De var särskilt "
          "intresserade av hur Alingsås har involverat externa aktörer i klimatkontraktet, och av "
          "RAINSCAPE-projektets pilot i Brogården. Ett andra besök från Helsingborg var planerat till "
          "december 2026 men har flyttats till våren 2027, efter programperiodens slut, och betalas då "
          "av Helsingborg."),
    ("h1", "Vad har fungerat bra?"),
    ("list", ["Teman som valdes i förväg, så att rätt personer kunde delta",
              "Att både förvaltningar och bolag fanns med på varje resa",
              "Att deltagarna skrev en kort reflektion inom en vecka efter besöket",
              "Tågresorna, som gav tid för gemensam planering på vägen"]),
    ("h1", "Vad kan bli bättre?"),
    ("list", ["Fler deltagare från förvaltningar med verksamhet nära invånarna, till exempel skola och omsorg",
              "Tydligare uppföljning av vilka idéer som faktiskt genomförs",
              "Politikerna har inte deltagit i något besök, vilket flera deltagare saknade"]),
    ("h1", "Kostnader"),
    ("p", "De tre studiebesöken har kostat sammanlagt 61 400 kronor, huvudsakligen tågresor, en "
          "övernattning vid det andra besöket och måltider. Kostnaderna har belastat tvillingbidraget "
          "från NetZeroCities. Arbetstiden har belastat respektive förvaltning och ingår inte i "
          "beloppet."),
    ("h1", "Rekommendationer"),
    ("olist", ["Fortsätt samarbetet med Helsingborg i mindre skala efter 2026, till exempel genom två "
               "digitala träffar per år.",
               "Bjud in politiker från kommunstyrelsens arbetsutskott till nästa besök.",
               "Dela erfarenheterna med andra kommuner i Göteborgsregionen, till exempel vid ett "
               "frukostseminarium.",
               "Använd samma upplägg med teman och skriftliga reflektioner i andra utbytesprojekt."]),
]

# ------------------------------------------------------------------------------------------------
# I. RAINSCAPE kick-off summary (en, pdf)
# ------------------------------------------------------------------------------------------------
KICKOFF = [
    ("title", "RAINSCAPE North Sea – Summary of the Kick-off Meeting in Horsens"),
    ("p", "Partner Steering Group meeting no. 1, Horsens, Denmark, 8–9 October 2025. Summary written "
          "by the Alingsås project team for colleagues in Alingsås. The official minutes are kept by "
          "the lead partner."),
    ("h1", "Participants"),
    ("p", "All six partners took part, with 23 participants in total. Alingsås was represented by "
          "four people: the head of the Community Development Department as member of the Partner "
          "Steering Group, the project manager, the financial officer and a project manager from "
          "AB Alingsåshem. One of the three associated organisations joined online."),
    ("h1", "Day 1: Project start"),
    ("p", "The lead partner presented the approved application, the budget and the time plan. The "
          "Joint Secretariat's project officer explained the programme's rules for reporting, "
          "communication and changes to the project."),
    ("p", "The Partner Steering Group adopted its rules of procedure. Decisions are taken by consensus; "
          "if consensus cannot be reached, decisions are taken by simple majority with one vote per "
          "partner. The lead partner chairs the meetings. Associated organisations have no vote."),
    ("p", "The partnership agreement between the lead partner and the five other partners had been "
          "signed by all partners before the meeting. Alingsås signed it on 22 September 2025."),
    ("h1", "Day 2: Site visit and work packages"),
    ("p", "The partners visited the Horsens pilot site, where a culverted stream will be reopened and "
          "given space to flood in a new park. In the afternoon, each work package leader presented the "
          "first six months of work."),
    ("p", "Alingsås presented the plan for work package 5. The partners agreed that the transfer "
          "handbook will be written in English and translated into Danish, Dutch and Swedish at the end "
          "of the project. The three transfer webinars will be held in 2028."),
    ("h1", "Decisions"),
    ("list", ["The project's communication manager will be employed by the lead partner from 1 December 2025.",
              "Each partner appoints one communication contact; for Alingsås this is the communications unit.",
              "The project website will be hosted by the programme's website platform.",
              "The next Partner Steering Group meeting will be held online in April 2026.",
              "A common monitoring protocol for water-level sensors will be proposed by VIA University College by March 2026."]),
    ("h1", "Points for Alingsås to follow up"),
    ("olist", ["Sign the data-sharing agreement for the monitoring data, prepared by VIA University College.",
               "Check whether the Swedish Geotechnical Institute can provide soil data for Brogården free of charge.",
               "Book the venue for the Partner Steering Group meeting in Alingsås in May 2027.",
               "Send the names of the staff working on the project to the lead partner for the staff register."]),
    ("h1", "Costs of the meeting"),
    ("p", "The travel costs for the four participants from Alingsås were SEK 38,200, including train and "
          "ferry tickets and two nights at a hotel. The host, Horsens Kommune, paid for meeting rooms, "
          "lunches and the dinner on the first evening. The costs are reported in the first partner "
          "report."),
    ("h1", "Impressions"),
    ("p", "The Alingsås participants found the meeting well organised. The Danish and Dutch partners "
          "have more experience of EU projects, and several of them offered to share templates for time "
          "sheets and risk registers. The Alingsås team noted that the Dutch water board works with "
          "much larger budgets for stormwater than Swedish municipalities, which should be kept in mind "
          "when results are compared."),
]

# ------------------------------------------------------------------------------------------------
# J. Sammanfattning av CEF-bidragsavtalet för laddparken (sv, docx)
# ------------------------------------------------------------------------------------------------
CEFAVTAL = [
    ("title", "Bidragsavtalet för laddparken vid resecentrum – sammanfattning av åtaganden"),
    ("p", "PM från kommunledningskontoret till samhällsbyggnadsförvaltningen och Alingsås Energi. "
          "Upprättat 2026-06-02. PM:et sammanfattar de delar av bidragsavtalet med CINEA som påverkar "
          "kommunens och bolagets arbete. Vid tveksamhet gäller avtalets engelska text."),
    ("h1", "Parter och roller"),
    ("p", "Bidragsavtalet undertecknades den 12 maj 2026 av Alingsås Energi som ensam stödmottagare "
          "(beneficiary). Kommunen är inte part i avtalet men har genom ett separat samverkansavtal med "
          "bolaget åtagit sig att genomföra markarbetena och de trafikanordningar som krävs. Kommunens "
          "kostnader för markarbetena ingår därför inte i de stödberättigande kostnaderna, utan redovisas "
          "som kommunens bidrag till projektet."),
    ("p", "Ansökan lämnades inom CEF Transport, stödet för infrastruktur för alternativa drivmedel "
          "(AFIF). AFIF kombinerar EU-bidrag med finansiering från en bank eller ett "
          "finansieringsinstitut. I det här projektet är lånedelen ett lån från Kommuninvest till "
          "Alingsås Energi på 8 miljoner kronor."),
    ("h1", "Stödets storlek och utbetalning"),
    ("p", "CEF-bidraget är högst 262 000 euro, vilket motsvarar ungefär 2,9 miljoner kronor. Bidraget "
          "beräknas som 20 procent av de faktiska stödberättigande kostnaderna. Blir kostnaderna lägre "
          "än budgeterat minskar bidraget i motsvarande grad; blir de högre ökar bidraget inte."),
    ("p", "Bidraget betalas ut i tre steg:"),
    ("table", [["Utbetalning", "Andel av bidraget", "När"],
               ["Förfinansiering", "30 procent", "Inom 30 dagar efter att avtalet trätt i kraft"],
               ["Mellanliggande betalning", "upp till 40 procent", "Efter godkänd lägesrapport våren 2027"],
               ["Slutbetalning", "resterande belopp", "Efter godkänd slutrapport"]]),
    ("p", "Förfinansieringen betalades ut till Alingsås Energi den 9 juni 2026."),
    ("h1", "Rapportering"),
    ("p", "Alingsås Energi ska lämna en lägesrapport till CINEA senast den 31 mars 2027 och en "
          "slutrapport senast 60 dagar efter att projektet avslutats. Projektet avslutas formellt "
          "den 31 december 2027, ett halvår efter att laddparken ska vara i drift."),
    ("p", "Slutrapporten ska innehålla ett revisionsintyg om de redovisade kostnaderna överstiger "
          "gränsen i avtalet. Revisionen görs av en auktoriserad revisor som bolaget upphandlar."),
    ("h1", "Krav som gäller efter driftstart"),
    ("list", ["Laddpunkterna ska vara tillgängliga för allmänheten dygnet runt, alla dagar.",
              "Betalning ska kunna ske med betalkort utan förhandsregistrering.",
              "Priset ska vara tydligt angivet per kWh vid varje laddare.",
              "Laddpunkterna ska hållas i drift i minst fem år efter slutbetalningen.",
              "Uppgifter om tillgänglighet och pris ska göras tillgängliga digitalt för kartappar."]),
    ("p", "Om en laddpunkt tas ur drift under de fem åren kan CINEA kräva tillbaka hela eller delar av "
          "bidraget."),
    ("h1", "Synlighet"),
    ("p", "EU-emblemet och texten Medfinansieras av Europeiska unionen ska finnas på en skylt vid "
          "laddparken och på Alingsås Energis webbsida om projektet. Kommunens webbsida om laddparken "
          "ska också nämna EU-stödet. Skylten ska sitta uppe senast när de första laddarna tas i drift."),
    ("h1", "Dokumentation och revision"),
    ("p", "Alla underlag för kostnaderna ska sparas i fem år efter slutbetalningen. EU-kommissionen, "
          "Europeiska revisionsrätten och Europeiska byrån för bedrägeribekämpning (Olaf) har rätt att "
          "granska projektet under den tiden. Kommunen ska på begäran lämna underlag om markarbetena."),
    ("h1", "Ändringar"),
    ("p", "Ändringar av projektets innehåll, till exempel färre laddpunkter eller en annan placering, "
          "kräver att avtalet ändras. En ändring begärs av Alingsås Energi i EU:s Funding & Tenders-portal. "
          "Mindre förskjutningar i tidplanen som inte påverkar slutdatumet behöver inte godkännas men "
          "ska beskrivas i nästa rapport."),
    ("h1", "Kontaktvägar"),
    ("p", "All kontakt med CINEA sköts av Alingsås Energis projektledare. Kommunens kontaktperson för "
          "samverkansavtalet är trafikingenjören på samhällsbyggnadsförvaltningen. Den internationella "
          "samordnaren följer projektet och tar upp det i den årliga redovisningen av EU-medel."),
]

# ------------------------------------------------------------------------------------------------
# K. Cooperation agreement between the three adult education centres (en, pdf)
# ------------------------------------------------------------------------------------------------
KOMVUXAVTAL = [
    ("title", "Cooperation Agreement between Komvux Alingsås, Tartu Täiskasvanute Gümnaasium and CEPA Miguel Hernández"),
    ("p", "Agreement on a partnership between three adult education centres, 2025–2028. Signed in "
          "Alingsås on 6 May 2025 by the head teachers of the three schools."),
    ("h1", "1. Parties"),
    ("list", ["Komvux Alingsås, the municipal adult education centre of Alingsås kommun, Sweden",
              "Tartu Täiskasvanute Gümnaasium (Tartu Adult Upper Secondary School), Tartu, Estonia",
              "CEPA Miguel Hernández, Centro de Educación de Personas Adultas, Alicante, Spain"]),
    ("p", "The agreement is a cooperation between the schools. It does not create any financial "
          "obligations for the municipalities or regions that own the schools."),
    ("h1", "2. Purpose"),
    ("p", "The purpose of the partnership is to give adult learners and teachers the opportunity to "
          "meet colleagues and learners in other European countries, to compare how adult education "
          "is organised, and to develop teaching in languages, vocational subjects and the integration "
          "of newly arrived adults."),
    ("h1", "3. Period"),
    ("p", "The agreement is valid from 1 August 2025 to 30 June 2028. It can be extended by a written "
          "decision of all three head teachers. Any party may leave the partnership by giving three "
          "months' written notice."),
    ("h1", "4. Activities"),
    ("p", "The partners agree to carry out the following activities during the period:"),
    ("list", ["One international week hosted by each school in turn",
              "Short visits for teachers (job shadowing) of three to five days",
              "Online language tandems between learners, at least twice per term",
              "A joint annual online meeting of the teachers involved in the partnership"]),
    ("table", [["School year", "International week hosted by", "Teacher visits"],
               ["2025/2026", "Tartu Täiskasvanute Gümnaasium", "Alingsås teachers to Tartu"],
               ["2026/2027", "Komvux Alingsås", "Alicante teachers to Alingsås"],
               ["2027/2028", "CEPA Miguel Hernández", "Tartu teachers to Alicante"]]),
    ("h1", "5. Costs"),
    ("p", "Each school pays the travel of its own learners and teachers to the host school. The host "
          "school pays accommodation, local transport and meals for the visiting group during the "
          "programme of the international week. Each school may seek external funding for its own "
          "costs."),
    ("p", "A visiting group may consist of at most eight learners and two teachers. The host school may "
          "accept a larger group if it has the capacity."),
    ("h1", "6. Learners"),
    ("p", "Only learners who are at least 18 years old may take part in visits abroad. Each school "
          "selects its own learners. Learners take part on a voluntary basis and must be informed in "
          "advance about the programme, accommodation and costs."),
    ("p", "Each school makes sure that its learners and teachers have valid travel documents and "
          "insurance during the visit."),
    ("h1", "7. Coordination"),
    ("p", "Each school appoints one coordinator. The coordinators meet online once a month during the "
          "school year. Komvux Alingsås coordinates the partnership as a whole during the period of the "
          "agreement and keeps the shared documents."),
    ("h1", "8. Photographs and personal data"),
    ("p", "Photographs of learners may only be published with the learner's written consent. "
          "Lists of participants are shared between the coordinators only and are deleted after the "
          "visit."),
    ("h1", "9. Disputes"),
    ("p", "The parties will try to solve any disagreement through dialogue between the head teachers. "
          "The agreement is not legally binding and is not subject to any national law."),
]

# ------------------------------------------------------------------------------------------------
# L. Forskningssamverkan (sv) is html; M. extra guide sections appended to GUIDE
# ------------------------------------------------------------------------------------------------
GUIDE += [
    ("h1", "Part 4: A complete example"),
    ("p", "Below is the summary that Alingsås wrote for the RAINSCAPE North Sea application. It was "
          "1,860 characters long, within the programme's limit, and was published by the programme "
          "when the project was approved."),
    ("p", "\"Cloudbursts are becoming more frequent around the North Sea, and many housing estates built "
          "in the 1960s and 1970s were not designed for them. In Alingsås, Deventer and Horsens, "
          "basements and streets flood several times a year. RAINSCAPE North Sea will show how existing "
          "neighbourhoods can be adapted with blue-green infrastructure. Six partners from Denmark, the "
          "Netherlands and Sweden will build three pilots together with residents, monitor their effect "
          "and publish a handbook for small and medium-sized municipalities.\""),
    ("p", "Note how the summary starts with the problem, names the places, gives the number of partners "
          "and ends with a concrete result."),
    ("h1", "Part 5: Frequent mistakes"),
    ("list", ["Copying the first paragraph of the Swedish application and translating it word for word",
              "Describing the municipality instead of the project",
              "Listing activities without saying what they will lead to",
              "Using the word \"commune\" for kommun; the correct word is \"municipality\"",
              "Writing \"the county\" for region; Västra Götalandsregionen is \"Region Västra Götaland\"",
              "Leaving in comments and tracked changes when the document is uploaded"]),
    ("h1", "Part 6: Glossary of common application terms"),
    ("table", [["Term", "Meaning"],
               ["Lead partner", "The partner that signs the subsidy contract and is responsible to the programme"],
               ["Own contribution", "The part of the costs that the partner pays itself (medfinansiering)"],
               ["Deliverable", "A concrete product of the project, such as a report or a handbook"],
               ["Output", "What the project produces, counted with an indicator"],
               ["Result", "The change that the outputs lead to for the target group"],
               ["Associated organisation", "An organisation that takes part without receiving funding"]]),
    ("p", "Questions about this guide go to the international coordinator at the Municipal Executive "
          "Office."),
]

MISSION += [
    ("pagebreak", None),
    ("h1", "Bilaga A. Bakgrund om EU-missionerna"),
    ("p", "EU-missionerna är ett arbetssätt som EU-kommissionen införde i forsknings- och "
          "innovationsarbetet 2021. En mission har ett tydligt och mätbart mål med ett slutdatum, och "
          "den samlar olika politikområden, finansieringskällor och aktörer kring målet. De fem "
          "missionerna gäller klimatanpassning, cancer, friska hav och vatten, klimatneutrala och smarta "
          "städer samt friska jordar."),
    ("p", "Stadsmissionen har två mål: att minst 100 europeiska städer ska vara klimatneutrala till 2030, "
          "och att de städerna ska fungera som experiment- och innovationsnav så att alla europeiska "
          "städer kan bli klimatneutrala till 2050. Missionsstäderna får ingen direkt budget från "
          "missionen men prioriteras i flera EU-program och får rådgivning via NetZeroCities."),
    ("p", "I Sverige samordnas arbetet med missionen av Viable Cities, som också driver initiativet "
          "Klimatneutrala städer 2030 med ett tjugotal svenska kommuner. Alingsås deltar inte i det "
          "initiativet, men är med i Viable Cities nätverk för mindre kommuner sedan hösten 2025."),
    ("h2", "NetZeroCities tjänster"),
    ("p", "NetZeroCities erbjuder missionsstäderna och tvillingstäderna bland annat:"),
    ("list", ["en stadsrådgivare (city advisor) som följer staden under programperioden",
              "en digital plattform med verktyg, mallar och exempel från andra städer",
              "utbildningar och webbinarier, de flesta på engelska",
              "nätverksträffar för städer med liknande utmaningar"]),
    ("p", "Alingsås har haft en stadsrådgivare från Danmark under tvillingprogrammet. Rådgivaren har "
          "deltagit digitalt i styrgruppens möten två gånger per termin."),
    ("h1", "Bilaga B. Ordlista"),
    ("table", [["Begrepp", "Förklaring"],
               ["Klimatneutralitet", "Att nettoutsläppen av växthusgaser är noll, det vill säga att "
                "återstående utsläpp motsvaras av upptag"],
               ["Territoriella utsläpp", "Utsläpp som sker inom kommunens geografiska gräns"],
               ["Konsumtionsbaserade utsläpp", "Utsläpp som orsakas av invånarnas konsumtion, var i världen de än sker"],
               ["Koldioxidekvivalenter", "Ett mått där alla växthusgaser räknas om till den mängd koldioxid "
                "som har samma klimatpåverkan"],
               ["Tvillingstad", "En stad som paras ihop med en missionsstad för att lära av dess arbete"]]),
    ("p", "Klimatkontraktet omfattar bara territoriella utsläpp. De konsumtionsbaserade utsläppen följs "
          "upp separat i kommunens miljöprogram."),
]

MEDIA += [
    ("h1", "Pressmeddelanden på engelska"),
    ("p", "Ett pressmeddelande på engelska skrivs av den förvaltning som sakfrågan gäller och "
          "granskas av pressjouren innan det publiceras. Pressmeddelanden om EU-projekt ska alltid "
          "nämna vilket EU-program som finansierar projektet. När ett pressmeddelande tas fram "
          "tillsammans med utländska projektpartner ska alla partner godkänna texten innan den skickas "
          "ut, och det är den partner som leder projektet som skickar ut det gemensamma pressmeddelandet."),
    ("p", "Kommunen skickar normalt inte ut pressmeddelanden med embargo. Om en utländsk partner vill "
          "ha ett embargo, till exempel inför ett gemensamt tillkännagivande, ska pressjouren godkänna "
          "det."),
    ("h1", "Citat och faktagranskning"),
    ("p", "Medarbetare får be en journalist att läsa upp eller skicka sina citat före publicering, men "
          "journalisten är inte skyldig att gå med på det. Det gäller i ännu högre grad utländska "
          "medier, där rutinerna kan skilja sig från svenska. Om en artikel innehåller sakfel kontaktar "
          "pressjouren redaktionen och begär rättelse."),
    ("h1", "Sociala medier"),
    ("p", "Frågor från utländska journalister som kommer via kommunens konton i sociala medier "
          "besvaras inte i kommentarsfältet. Den som förvaltar kontot hänvisar journalisten till "
          "pressjourens e-postadress och meddelar pressjouren. Medarbetare som får frågor via sina "
          "privata konton i sociala medier om sitt arbete hänvisar också till pressjouren."),
    ("h1", "Utbildning"),
    ("p", "Kommunikationsavdelningen erbjuder en halvdags medieträning på engelska för medarbetare som "
          "kan bli kontaktade av utländska medier, till exempel projektledare i EU-projekt. Utbildningen "
          "ges två gånger per år och är kostnadsfri för deltagarna. Anmälan görs till pressjouren."),
]

NORTHSEA += [
    ("h1", "Risks"),
    ("p", "The project team keeps a risk register, which is reviewed at every meeting of the Partner "
          "Steering Group. The main risks for the Swedish pilot are:"),
    ("list", ["Higher construction prices than budgeted – the design can be simplified, for example by "
              "reducing the number of permeable parking surfaces",
              "Delays in building permits – the application for Brogården will be submitted in autumn 2026, "
              "well before construction starts",
              "Low participation of residents – AB Alingsåshem and the municipality will use interpreters "
              "and information in several languages",
              "Staff turnover – each key role has a named deputy"]),
    ("h1", "Changes to the project"),
    ("p", "Minor changes, such as moving a meeting or shifting money between cost categories by up to "
          "10 percent of the partner budget, can be decided by the lead partner. Larger changes, such as "
          "a new partner, a change of pilot site or a longer project period, must be approved by the "
          "programme's Monitoring Committee. Alingsås may not change the location of its pilot without "
          "such approval."),
    ("h1", "After the project"),
    ("p", "The Brogården pilot must be maintained for at least five years after the final payment from "
          "the programme. AB Alingsåshem is responsible for maintaining the rain gardens and the "
          "detention area, and the municipality's water and wastewater unit for the disconnected roof "
          "drainage. The project documentation must be kept until 31 December 2033."),
]

# ------------------------------------------------------------------------------------------------
# N. Rapport från lärarbesöket och den internationella veckan i Tartu 2026 (sv, docx)
# ------------------------------------------------------------------------------------------------
TARTU = [
    ("title", "Rapport från den internationella veckan i Tartu, april 2026"),
    ("p", "Komvux Alingsås. Sammanställd av den internationella samordnaren på Komvux efter resan. "
          "Rapporten presenterades på arbetsplatsträffen den 20 maj 2026."),
    ("h1", "Bakgrund"),
    ("p", "Enligt samarbetsavtalet mellan Komvux Alingsås, Tartu Täiskasvanute Gümnaasium och CEPA "
          "Miguel Hernández står skolorna i tur och ordning värd för en internationell vecka. Läsåret "
          "2025/2026 var det Tartus tur. Veckan hölls den 13–17 april 2026."),
    ("p", "Från Alingsås reste fem elever och två lärare: en lärare i svenska som andraspråk och en "
          "lärare på vård- och omsorgsutbildningen. Eleverna valdes ut av rektor bland tolv sökande. "
          "Från Alicante deltog sex elever och två lärare."),
    ("h1", "Programmet i Tartu"),
    ("p", "Veckan följde ungefär samma upplägg som den vecka Komvux Alingsås ska stå värd för 2027: "
          "en välkomstdag, en språkdag, en yrkesdag, en kulturdag och en avslutning. Värdskolan hade "
          "lagt stor vikt vid digitala verktyg, som är en självklar del av vuxenutbildningen i Estland."),
    ("list", ["Måndag: välkomst, rundtur på skolan och besök i stadshuset i Tartu",
              "Tisdag: språkdag med estniska för nybörjare och presentationer av elevernas hemländer",
              "Onsdag: yrkesdag med besök på ett sjukhus och en yrkesskola för vuxna",
              "Torsdag: kulturdag med besök på Estlands nationalmuseum",
              "Fredag: utvärdering och avslutning"]),
    ("h1", "Kostnader"),
    ("p", "Resan kostade Komvux Alingsås 54 300 kronor för sju personer, det vill säga flyg via "
          "Stockholm och buss från Tallinn till Tartu. Boende, lokala resor och måltider betalades av "
          "värdskolan i Tartu enligt avtalet. Eleverna betalade ingenting själva."),
    ("h1", "Vad eleverna tyckte"),
    ("p", "Alla fem elever svarade på en utvärdering efter resan. Fyra av fem tyckte att veckan hade "
          "stärkt deras självförtroende att tala engelska. Flera lyfte fram mötet med vuxenstuderande "
          "i samma livssituation som de själva, till exempel föräldrar som studerar på heltid. En elev "
          "skrev att det var första gången hon hade rest utomlands sedan hon kom till Sverige."),
    ("h1", "Vad lärarna tog med sig"),
    ("list", ["Tartus modell för distansstudier med korta digitala lektioner kan prövas i sfi",
              "Den estniska skolan använder elevmentorer som hjälper nya elever de första veckorna",
              "Yrkesdagen blev bäst när gästerna fick pröva praktiska moment själva"]),
    ("h1", "Lärdomar inför veckan i Alingsås 2027"),
    ("olist", ["Ge gästerna en enkel ordlista på svenska och engelska redan vid ankomsten.",
               "Planera yrkesdagen så att gästerna får vara med och göra, inte bara titta.",
               "Låt sfi-elever vara värdar under språkcaféet, eftersom det var uppskattat i Tartu.",
               "Boka hotell tidigt, eftersom det är brist på hotellrum i Alingsås i april."]),
    ("h1", "Nästa steg"),
    ("p", "Nästa resa från Alingsås går till Alicante hösten 2027. Arbetet med urvalet av elever "
          "börjar i maj 2027. Frågor om rapporten besvaras av den internationella samordnaren på Komvux."),
]

# ------------------------------------------------------------------------------------------------
# O. Template: individual guest researcher agreement (en, docx)
# ------------------------------------------------------------------------------------------------
GUESTTEMPLATE = [
    ("title", "Individual Guest Researcher Agreement – Template"),
    ("p", "Template issued by the municipal legal counsel of Alingsås kommun, version 2026-02. Fill in "
          "the fields in square brackets. Do not change the standard clauses without consulting the "
          "legal counsel. A Swedish version of the template is also available."),
    ("h1", "1. Parties"),
    ("p", "This agreement is made between Alingsås kommun, represented by [head of department], and "
          "[name of researcher], employed by [university], hereinafter the guest researcher. The "
          "guest researcher's employer has been informed of this agreement."),
    ("h1", "2. Background"),
    ("p", "The guest researcher will take part in [project name] within the framework of the "
          "collaboration agreement dated [date] between Alingsås kommun and [university], or, where the "
          "university is a partner in an EU project, within the framework of that project's partnership "
          "agreement."),
    ("h1", "3. Period and workplace"),
    ("p", "The guest researcher will work at [department and address] from [start date] to [end date]. "
          "The period may not exceed twelve months. The guest researcher's supervisor in the "
          "municipality is [name, title]."),
    ("h1", "4. Employment and salary"),
    ("p", "The guest researcher remains employed by [university] during the whole period and receives "
          "no salary or other remuneration from Alingsås kommun. This agreement does not create an "
          "employment relationship with the municipality."),
    ("h1", "5. Access to premises and systems"),
    ("p", "The guest researcher receives an access card to [premises] and an IT account with access to "
          "[systems]. Access is granted only after the confidentiality undertaking has been signed. The "
          "access card and the IT account are deactivated on the last day of the agreement."),
    ("h1", "6. Confidentiality"),
    ("p", "The guest researcher may come across information that is subject to secrecy under the "
          "Swedish Public Access to Information and Secrecy Act. The guest researcher undertakes not to "
          "disclose such information and signs a separate confidentiality undertaking. The duty of "
          "confidentiality continues after the end of the agreement."),
    ("h1", "7. Results and publication"),
    ("p", "Rights to results follow the collaboration agreement or the project's partnership agreement. "
          "The guest researcher shall send manuscripts based on data from the municipality to the "
          "supervisor in accordance with the rules on review in that agreement."),
    ("h1", "8. Work environment and safety"),
    ("p", "The guest researcher shall follow the municipality's rules on work environment, safety and IT "
          "security. The head of the department where the guest researcher works is responsible for the "
          "physical work environment during the period. Incidents and injuries are reported both to the "
          "supervisor and to the guest researcher's employer."),
    ("h1", "9. Insurance"),
    ("p", "The guest researcher is insured by the employer. [For researchers not employed by a Swedish "
          "university: the guest researcher has presented proof of own accident and travel insurance "
          "valid during the whole period.]"),
    ("h1", "10. Termination"),
    ("p", "Either party may terminate the agreement with one month's written notice. The municipality "
          "may terminate the agreement with immediate effect if the guest researcher seriously breaches "
          "the confidentiality undertaking or the municipality's rules."),
    ("h1", "11. Signatures"),
    ("p", "This agreement has been drawn up in two copies, of which the parties have taken one each. "
          "Signed for Alingsås kommun by [name, title], date [date]. Signed by the guest researcher "
          "[name], date [date]."),
]

# ------------------------------------------------------------------------------------------------
# P. RAINSCAPE work package 5 – transfer plan (en, docx)
# ------------------------------------------------------------------------------------------------
WP5 = [
    ("title", "RAINSCAPE North Sea – Work Package 5 Transfer Plan"),
    ("p", "Prepared by Alingsås kommun as leader of work package 5. Draft 2, discussed by the work "
          "package leaders' group in September 2026. To be adopted by the Partner Steering Group."),
    ("h1", "Purpose of work package 5"),
    ("p", "Work package 5 makes sure that what the partners learn from the three pilots is used by "
          "other municipalities around the North Sea after the project. Many small and medium-sized "
          "municipalities have the same problems with flooding in older housing estates but lack the "
          "staff and money to test new solutions themselves. The transfer work therefore focuses on "
          "practical, low-cost advice."),
    ("h1", "Target groups"),
    ("list", ["Stormwater and planning staff in municipalities with 10,000 to 150,000 inhabitants",
              "Municipal and private housing companies that own estates from the 1960s and 1970s",
              "Water boards and utilities responsible for combined sewer systems",
              "National networks, for example the Swedish water industry association"]),
    ("h1", "Activities"),
    ("h2", "Transfer handbook"),
    ("p", "The main output of the work package is a transfer handbook. It will describe each pilot, "
          "what it cost, what worked and what did not, and give a step-by-step guide for municipalities "
          "that want to do the same. The handbook will be written in English by the Alingsås team with "
          "contributions from all partners. A first draft will be ready in autumn 2027, and the final "
          "version will be published in June 2028."),
    ("h2", "Transfer webinars"),
    ("p", "Three webinars will be held in 2028, one in each partner country's time zone-friendly slot "
          "and with a focus on that country's pilot. Each webinar lasts 90 minutes and is free of charge "
          "for participants. The target is at least 60 participants per webinar."),
    ("h2", "Study visits to the pilots"),
    ("p", "In spring 2028 the partners will offer guided visits to the pilot sites for other "
          "municipalities. Visitors pay their own travel. In Alingsås, the visits will be arranged "
          "together with AB Alingsåshem and will include a walk through Brogården."),
    ("h1", "Indicators"),
    ("table", [["Indicator", "Target", "Responsible"],
               ["Transfer handbook published", "1", "Alingsås kommun"],
               ["Participants in transfer webinars", "180 in total", "Alingsås kommun"],
               ["Organisations that adopt a solution from the project", "12", "All partners"],
               ["Guided visits to pilot sites", "6", "Pilot owners"]]),
    ("p", "An organisation counts as having adopted a solution when it has taken a formal decision to "
          "plan or build blue-green infrastructure based on the project's results, and confirms it in "
          "writing."),
    ("h1", "Budget"),
    ("p", "The budget for work package 5 is EUR 310,000 for the whole partnership, of which about half "
          "is Alingsås staff time. Translation and layout of the handbook are budgeted at EUR 24,000 as "
          "external services."),
    ("h1", "Risks"),
    ("list", ["The pilots may be delayed, leaving little time to evaluate them before the handbook is due",
              "Interest from other municipalities may be low if the webinars are not marketed early",
              "Results from the three countries may be hard to compare because regulations differ"]),
    ("h1", "Timeline"),
    ("table", [["When", "What"],
               ["Spring 2027", "Structure of the handbook agreed"],
               ["Autumn 2027", "First draft of the handbook"],
               ["Spring 2028", "Guided visits and the three webinars"],
               ["June 2028", "Final handbook published"]]),
]

# ------------------------------------------------------------------------------------------------
# Q. Medieträning på engelska – kursbeskrivning (sv, pdf)
# ------------------------------------------------------------------------------------------------
MEDIETRANING = [
    ("title", "Medieträning på engelska för projektledare och sakkunniga"),
    ("p", "Kursbeskrivning. Kommunikationsavdelningen, Alingsås kommun. Gäller kurstillfällena 2026–2027."),
    ("h1", "Om kursen"),
    ("p", "Allt fler medarbetare i Alingsås kommun arbetar i internationella projekt och kan bli "
          "kontaktade av utländska journalister. Kursen ger dig verktyg för att svara tryggt på frågor "
          "på engelska, i telefon, framför kamera och i skrift. Kursen är en halvdag och hålls i "
          "stadshuset."),
    ("h1", "Innehåll"),
    ("list", ["Hur utländska medier arbetar och vad som skiljer dem från svenska medier",
              "Att formulera tre huvudbudskap om sitt projekt på enkel engelska",
              "Övningsintervjuer framför kamera med feedback",
              "Vad man får och inte får säga: sekretess, personuppgifter och pågående ärenden",
              "Rutinen för utländska medieförfrågningar och pressjourens roll"]),
    ("h1", "Kurstillfällen"),
    ("p", "Kursen ges två gånger per år. Nästa tillfällen är den 18 mars 2027 och den 14 oktober 2027, "
          "båda klockan 8.30–12.00. Varje tillfälle har plats för högst tio deltagare, så att alla hinner "
          "göra en övningsintervju."),
    ("h1", "Vem kan gå?"),
    ("p", "Kursen riktar sig i första hand till projektledare i EU-projekt och till medarbetare som "
          "pressjouren har utsett till talespersoner i sakfrågor. Andra medarbetare kan gå i mån av plats. "
          "Du behöver kunna föra ett enkelt samtal på engelska; kursen är inte en språkkurs."),
    ("h1", "Anmälan"),
    ("p", "Anmälan görs till pressjouren senast tre veckor före kurstillfället. Ange namn, förvaltning och "
          "vilket projekt du arbetar i. Din chef ska ha godkänt att du deltar. Kursen är kostnadsfri för "
          "deltagarna och förvaltningen."),
    ("h1", "Kursledare"),
    ("p", "Kursen leds av en av kommunens pressekreterare tillsammans med en extern journalist som har "
          "arbetat som utrikeskorrespondent. Övningsintervjuerna spelas in men raderas efter kursen."),
]

# ------------------------------------------------------------------------------------------------
# R. NetZeroCities twinning work plan (en, pdf)
# ------------------------------------------------------------------------------------------------
WORKPLAN = [
    ("title", "Twinning Work Plan – Alingsås (twin city) and Helsingborg (mission city)"),
    ("p", "Submitted to NetZeroCities under the Pilot Cities and Twinning Learning Programme. Approved "
          "by NetZeroCities on 29 August 2025. This is the version used for reporting."),
    ("h1", "1. Context"),
    ("p", "Alingsås is a Swedish municipality of about 42,000 inhabitants, 45 kilometres north-east of "
          "Gothenburg. Territorial greenhouse gas emissions are dominated by road transport on the E20 "
          "motorway and by heating of buildings. The municipality has a target of climate neutrality by "
          "2035 but, before the twinning, had no structured way of involving companies and "
          "organisations in reaching it."),
    ("p", "Helsingborg was selected as a mission city in 2022 and signed its Climate City Contract with a "
          "broad group of local actors. The two municipalities have similar administrative structures, "
          "which makes it easier to transfer working methods."),
    ("h1", "2. Learning objectives"),
    ("olist", ["Understand how a mission city organises governance across departments and companies.",
               "Learn how local businesses and organisations can be engaged through a contract model.",
               "Apply circular procurement and reuse in the municipality's own operations.",
               "Develop a local climate contract with an action plan and an investment plan."]),
    ("h1", "3. Activities"),
    ("p", "The work plan foresees four study visits to Helsingborg, two visits by Helsingborg staff to "
          "Alingsås, monthly online meetings between the two project managers, participation in "
          "NetZeroCities' twinning academy and a final learning event in Alingsås in autumn 2026."),
    ("p", "The twinning academy consists of six online modules. Alingsås commits to sending at least two "
          "participants to each module."),
    ("h1", "4. Deliverables"),
    ("list", ["D1 Baseline report on emissions and governance (month 3)",
              "D2 Local climate contract adopted by the municipal council (month 12)",
              "D3 Replication plan describing which Helsingborg methods will be used (month 15)",
              "D4 Final report to NetZeroCities (one month after the end of the programme period)"]),
    ("h1", "5. Budget"),
    ("p", "The twinning grant is spent according to the following indicative breakdown, which can be "
          "adjusted within the total without approval from NetZeroCities:"),
    ("table", [["Cost item", "Amount (EUR)"],
               ["Travel and subsistence for study visits", "14,000"],
               ["Workshops and the final learning event", "9,000"],
               ["External facilitation and expertise", "12,000"],
               ["Translation and communication", "5,000"],
               ["Total", "40,000"]]),
    ("p", "Staff time is not covered by the grant and is contributed by the municipality."),
    ("h1", "6. Monitoring"),
    ("p", "Progress is reported to the NetZeroCities city advisor at the online meetings. A short "
          "interim report was submitted after nine months. The steering group of the climate contract "
          "follows the work at each of its meetings."),
    ("h1", "7. Risks and mitigation"),
    ("list", ["Limited staff time in departments – mitigated by choosing themes in advance and inviting "
              "only the staff concerned",
              "Low interest from local companies – mitigated by working through Alingsås Handel",
              "Political changes – mitigated by anchoring the work in decisions of the executive board"]),
]

# ------------------------------------------------------------------------------------------------
# S. Investeringsplan i sammandrag (sv, docx)
# ------------------------------------------------------------------------------------------------
INVEST = [
    ("title", "Klimatkontraktets investeringsplan – sammandrag för förvaltningar och bolag"),
    ("p", "Bilaga 3 till det lokala klimatkontraktet. Ekonomiavdelningen och samhällsbyggnadsförvaltningen, "
          "juni 2026. Investeringsplanen revideras vartannat år."),
    ("h1", "Syfte"),
    ("p", "Investeringsplanen visar vad åtgärderna i klimatkontraktets handlingsplan ungefär kostar, vem "
          "som bär kostnaderna och vilka externa finansieringskällor som kan vara aktuella. Den är ett "
          "planeringsunderlag och innebär inte att några pengar har beviljats. Beslut om investeringar "
          "fattas som vanligt i budgetprocessen och i bolagens styrelser."),
    ("h1", "Bedömda investeringar per område"),
    ("table", [["Område", "Investering fram till 2030", "Största åtgärd"],
               ["Transporter", "cirka 96 miljoner kronor", "Elbussar i stadstrafiken"],
               ["Energi i byggnader", "cirka 171 miljoner kronor", "Fjärrvärme i Stadsskogen"],
               ["Konsumtion och mat", "cirka 3 miljoner kronor", "Möbelåterbruk"],
               ["Byggande och material", "cirka 40 miljoner kronor", "Klimatkrav vid nybyggnation"],
               ["Kolinlagring", "cirka 2 miljoner kronor", "Hyggesfritt skogsbruk"]]),
    ("p", "Investeringarna i elbussar görs av Västtrafik och ingår i den regionala "
          "kollektivtrafikbudgeten. Investeringarna i fjärrvärme görs av Alingsås Energi och finansieras "
          "genom bolagets egna investeringsbudget och lån."),
    ("h1", "Extern finansiering"),
    ("p", "Följande finansieringskällor bedöms som mest relevanta för åtgärderna:"),
    ("list", ["Klimatklivet (Naturvårdsverket) för laddinfrastruktur, biogas och vissa energiåtgärder",
              "CEF Transport för publik laddning längs TEN-T-nätet",
              "Energimyndighetens stöd till kommunal energi- och klimatrådgivning",
              "Interreg-program för utveckling och test av nya lösningar, till exempel blågrön infrastruktur",
              "Gröna lån från Kommuninvest för kommunens och bolagens investeringar"]),
    ("p", "Den internationella samordnaren bevakar EU-programmen och meddelar projektledaren när en "
          "utlysning som passar en åtgärd öppnar."),
    ("h1", "Kostnadsbärare"),
    ("p", "Huvudregeln är att den aktör som ansvarar för en åtgärd också betalar den. Kommunens "
          "förvaltningar kan inte begära extra budgetmedel enbart för att en åtgärd finns i "
          "handlingsplanen; åtgärden ska prövas i den ordinarie budgetprocessen på samma sätt som andra "
          "investeringar."),
    ("h1", "Osäkerheter"),
    ("p", "Kostnaderna är bedömda i 2026 års prisnivå och osäkerheten är stor, särskilt för åtgärder "
          "som ska genomföras efter 2028. Byggkostnaderna har ökat kraftigt de senaste åren, och räntenivån "
          "påverkar bolagens möjligheter att investera."),
    ("h1", "Nästa revidering"),
    ("p", "Investeringsplanen revideras nästa gång 2028, i samband med att handlingsplanen för 2029 tas "
          "fram. Då ska även kostnaderna för de åtgärder som tillkommit 2027 och 2028 bedömas."),
]

# ------------------------------------------------------------------------------------------------
# T. Climate Pact ambassador – activity report 2026 (en, docx)
# ------------------------------------------------------------------------------------------------
AMBREPORT = [
    ("title", "European Climate Pact Ambassador – Activity Report, January–September 2026"),
    ("p", "Report by the municipality's Climate Pact ambassador to the head of the Community Development "
          "Department and to the Klimatnätverket coordinators. Written in October 2026."),
    ("h1", "Summary"),
    ("p", "During the first nine months of the ambassador term, I gave eleven talks, took part in six "
          "online events organised by the Climate Pact and hosted one visit by ambassadors from other "
          "countries. In total the activities reached about 640 people in Alingsås. The time spent "
          "during working hours stayed within the limit agreed with my manager."),
    ("h1", "Talks and workshops"),
    ("table", [["Audience", "Number of talks", "Approximate participants"],
               ["Upper secondary school classes", "4", "210"],
               ["Associations and study circles", "3", "95"],
               ["Local businesses (through Alingsås Handel)", "2", "60"],
               ["Municipal workplaces", "2", "75"]]),
    ("p", "Most talks were about the local climate contract and what individuals and organisations can "
          "do themselves. Two of the school talks were given in English for classes in the International "
          "Baccalaureate-style profile of the social science programme."),
    ("h1", "Climate Pact events"),
    ("p", "I took part in six online events for ambassadors, four of them organised by the Climate Pact "
          "secretariat and two by the Swedish ambassadors' own network. The events are held in English. "
          "The most useful was a workshop on how to talk about climate change with people who are "
          "sceptical."),
    ("h1", "Visit of ambassadors"),
    ("p", "In June 2026 three Climate Pact ambassadors from Finland, Latvia and Germany visited Alingsås "
          "for one day to learn about the climate contract and the Brogården pilot. They paid their own "
          "travel. The municipality offered lunch, which was paid from Klimatnätverket's budget."),
    ("h1", "Working time"),
    ("p", "Activities during working hours took 22 hours between January and September, which is within "
          "the limit of eight hours per quarter. Most talks for associations were held in the evenings on "
          "my own time."),
    ("h1", "Plans for the rest of the term"),
    ("list", ["A talk at the Komvux international week in April 2027, if the term is renewed",
              "Taking part in Klimatveckan in week 42",
              "A short guide in Swedish on how staff can make a personal Climate Pact pledge"]),
    ("h1", "Renewal"),
    ("p", "The ambassador term ends on 31 December 2026. I intend to apply for renewal, provided that my "
          "manager agrees to the same arrangement for working time in 2027."),
]

# ------------------------------------------------------------------------------------------------
# U. Checklista: när ett utländskt tv-team kommer på besök (sv, pdf)
# ------------------------------------------------------------------------------------------------
TVTEAM = [
    ("title", "Checklista: när ett utländskt tv-team besöker en kommunal verksamhet"),
    ("p", "Stöd till chefer och medarbetare. Kommunikationsavdelningen, Alingsås kommun. Komplement till "
          "riktlinjerna för kontakter med utländska journalister."),
    ("h1", "Före besöket"),
    ("list", ["Kontrollera att besöket är bokat via pressjouren och att chefen för verksamheten vet om det.",
              "Ta reda på vad teamet vill filma, hur länge de stannar och vilka de vill intervjua.",
              "Informera medarbetare och brukare i god tid om att det kommer ett filmteam.",
              "Samla in skriftliga samtycken från de personer som kan komma att synas i bild, när det krävs.",
              "Bestäm vilka rum och utrymmen som får filmas och vilka som inte får det."]),
    ("p", "I skolor ska rektor ha godkänt besöket. I äldreboenden och på LSS-boenden ska enhetschefen "
          "vara med under hela besöket."),
    ("h1", "Under besöket"),
    ("list", ["Ta emot teamet vid entrén och följ med dem under hela besöket.",
              "Se till att ingen filmas som inte har samtyckt, och att inga skärmar, listor eller "
              "journaler syns i bild.",
              "Avbryt filmningen om någon ber om det eller om det uppstår en känslig situation.",
              "Svara bara på frågor om det du själv arbetar med, och hänvisa andra frågor till pressjouren."]),
    ("h1", "Efter besöket"),
    ("list", ["Meddela pressjouren hur besöket gick och om något oväntat hände.",
              "Be teamet om en länk när inslaget har sänts, så att pressjouren kan registrera det.",
              "Ta kontakt med pressjouren om inslaget innehåller sakfel."]),
    ("h1", "Vanliga frågor"),
    ("h2", "Kan teamet få filma en lektion?"),
    ("p", "Ja, om rektor och läraren har godkänt det och eleverna har informerats. Elever som inte vill "
          "vara med i bild ska kunna sitta utanför bild."),
    ("h2", "Behöver vi erbjuda tolk?"),
    ("p", "Om en medarbetare som ska intervjuas inte vill svara på engelska ordnar pressjouren tolk. "
          "Teamet ska få veta det i förväg."),
    ("h2", "Får teamet filma i personalrummet?"),
    ("p", "Nej, personalrum och andra utrymmen som inte är öppna för allmänheten filmas bara om alla som "
          "är där har godkänt det."),
]

# ------------------------------------------------------------------------------------------------
# V. AMUN safety and supervision plan (en, docx)
# ------------------------------------------------------------------------------------------------
AMUNSAFETY = [
    ("title", "AMUN 2027 – Safety and Supervision Plan"),
    ("p", "For staff at Alströmergymnasiet and faculty advisers of visiting schools. Adopted by the head "
          "teacher in November 2026."),
    ("h1", "Responsibility"),
    ("p", "The head teacher of Alströmergymnasiet has the overall responsibility for safety during the "
          "conference, since it takes place on school premises. The staff supervisor of AMUN coordinates "
          "the supervision and is the contact person for faculty advisers. Faculty advisers are "
          "responsible for the students of their own school during the whole conference, including the "
          "evening."),
    ("h1", "Supervision during the day"),
    ("p", "At least one teacher from Alströmergymnasiet is present in each corridor where committees "
          "meet. Teachers are scheduled in two-hour shifts. The schedule is published on the staff "
          "intranet two weeks before the conference."),
    ("h1", "The social evening"),
    ("p", "The social evening on Thursday takes place in the school canteen from 19:00 to 22:00. The "
          "head teacher appoints at least four teachers to supervise. Students who leave the social "
          "evening early must tell their faculty adviser. No one may enter the school after 20:00 "
          "without a conference badge."),
    ("h1", "Emergencies"),
    ("list", ["Call 112 in an emergency and then inform the staff supervisor.",
              "The assembly point in case of fire is the car park in front of the main entrance.",
              "First aid kits are kept in the reception, the canteen and the main hall.",
              "The school nurse is present on Thursday from 8:00 to 16:00."]),
    ("h1", "Students under 18"),
    ("p", "Visiting students under 18 must have a signed consent from a guardian, which the faculty "
          "adviser brings to the conference. The faculty adviser keeps a list of phone numbers to the "
          "guardians."),
    ("h1", "Allergies and special diets"),
    ("p", "Special diets are registered together with the delegation's registration. The kitchen can "
          "provide vegetarian, vegan, gluten-free and lactose-free meals. Students with severe allergies "
          "should bring their own medication and tell the staff supervisor."),
    ("h1", "Photography"),
    ("p", "The secretariat's media team takes photos during the conference. Students who do not want "
          "to appear in published photos wear a red dot on their badge. Photos are published on the "
          "conference website and the school's social media only."),
]
MEDIA += [
    ("h1", "Vanliga situationer"),
    ("h2", "En journalist ringer direkt till en projektledare"),
    ("p", "Projektledaren tar emot uppgifterna om journalisten och förfrågan och kontaktar pressjouren. "
          "Projektledaren får svara på enkla sakfrågor om projektet direkt, till exempel hur länge "
          "projektet pågår, men ska inte uttala sig om kommunens hållning i politiska frågor."),
    ("h2", "En journalist dyker upp oanmäld"),
    ("p", "Medarbetaren är vänlig men hänvisar till pressjouren och erbjuder att journalisten får "
          "återkomma efter att besöket har bokats. Journalisten får inte filma inne i lokaler som inte är "
          "öppna för allmänheten utan tillstånd."),
    ("h2", "En utländsk partner i ett EU-projekt vill bjuda in journalister till ett partnermöte i Alingsås"),
    ("p", "Det är tillåtet om alla partner har godkänt det. Pressjouren ska informeras i förväg och hjälper "
          "till med praktiska frågor som lokal och fototillstånd."),
]

# ------------------------------------------------------------------------------------------------
# W. Värdskapsplan för personalen under internationella veckan (sv, docx)
# ------------------------------------------------------------------------------------------------
VARDSKAP = [
    ("title", "Värdskapsplan för personalen – internationella veckan på Komvux Alingsås 2027"),
    ("p", "Internt dokument för lärare och övrig personal på Komvux Alingsås. Framtaget av den "
          "internationella samordnaren på Komvux och rektor. Version 1, november 2026."),
    ("h1", "Syfte"),
    ("p", "Under vecka 16 2027 tar Komvux Alingsås emot gäster från partnerskolorna i Tartu och Alicante. "
          "Värdskapsplanen beskriver vem som gör vad före, under och efter veckan, så att gästerna får ett "
          "gott mottagande och så att undervisningen för våra egna elever påverkas så lite som möjligt."),
    ("h1", "Ansvarsfördelning"),
    ("table", [["Uppgift", "Ansvarig"],
               ["Kontakt med partnerskolorna och programmet", "Internationell samordnare på Komvux"],
               ["Hotellbokning och lokala resor", "Skoladministrationen"],
               ["Välkomstfrukost och avslutning", "Rektor tillsammans med elevkåren"],
               ["Språkcaféet", "Sfi-lärarna"],
               ["Yrkesdagen", "Yrkeslärarna inom vård och omsorg, restaurang och el"],
               ["Internationell lunch", "Restauranglärarna"],
               ["Utflykten till Göteborg", "Två lärare som utses av rektor"]]),
    ("h1", "Före veckan"),
    ("list", ["Alla lärare informerar sina elever om veckan i mars.",
              "Yrkeslärarna planerar moment där gästerna kan delta praktiskt.",
              "Skoladministrationen skickar praktisk information på engelska till partnerskolorna senast "
              "fyra veckor före veckan.",
              "En ordlista på svenska och engelska tas fram för gästerna, som ett resultat av lärdomarna "
              "från Tartu."]),
    ("h1", "Under veckan"),
    ("p", "Varje gästgrupp får en värdlärare som är med gruppen under dagarna och är kontaktperson vid "
          "frågor eller problem. Värdlärarna frigörs från en del av sin ordinarie undervisning; rektor "
          "beslutar om vikarier. Värdlärarna har mobiltelefonen påslagen även på kvällarna under veckan."),
    ("p", "Ordinarie undervisning pågår som vanligt. Lärare som vill att deras klass ska träffa gästerna "
          "kontaktar den internationella samordnaren senast i mars, så att besöken kan läggas in i "
          "programmet."),
    ("h1", "Om något händer"),
    ("list", ["Vid akut sjukdom eller olycka: ring 112 och kontakta sedan värdläraren.",
              "Gästerna har egen reseförsäkring enligt samarbetsavtalet; värdläraren hjälper till med "
              "kontakten med försäkringsbolaget.",
              "Rektor informeras omedelbart om allvarliga händelser."]),
    ("h1", "Efter veckan"),
    ("p", "Alla som har deltagit i planeringen bjuds in till en utvärdering en vecka efter besöket. "
          "Utvärderingen används inför nästa internationella vecka, som hålls i Alicante läsåret "
          "2027/2028, och redovisas i Komvux kvalitetsrapport."),
]

# ------------------------------------------------------------------------------------------------
# X. Protokollsutdrag kommunfullmäktige – lokalt klimatkontrakt (sv, pdf)
# ------------------------------------------------------------------------------------------------
PROTOKOLL = [
    ("title", "Protokollsutdrag – Kommunfullmäktige 2026-06-17, § 98"),
    ("p", "Alingsås kommun. Dnr KS 2026/212. Justerat 2026-06-22."),
    ("h1", "Lokalt klimatkontrakt för Alingsås"),
    ("h2", "Ärendebeskrivning"),
    ("p", "Alingsås kommun har sedan juli 2025 deltagit som tvillingstad till Helsingborg i "
          "NetZeroCities tvillingprogram inom EU-missionen för klimatneutrala och smarta städer. Inom "
          "programmet har samhällsbyggnadsförvaltningen tillsammans med kommunens bolag och externa "
          "aktörer tagit fram ett förslag till lokalt klimatkontrakt, bestående av åtagandetext, "
          "handlingsplan och investeringsplan."),
    ("p", "Förslaget har varit på remiss hos nämnderna, bolagen och ett antal externa organisationer "
          "under oktober–november 2025. Remissvaren har i huvudsak varit positiva. Två åtgärder ströks "
          "efter remissen."),
    ("p", "Kommunstyrelsen fastställde handlingsplanen för 2026 den 10 december 2025 och föreslår nu "
          "kommunfullmäktige att anta klimatkontraktet som helhet."),
    ("h2", "Yrkanden"),
    ("p", "Kommunstyrelsens ordförande yrkade bifall till kommunstyrelsens förslag. En ledamot yrkade "
          "att ärendet skulle återremitteras för att komplettera investeringsplanen med en bedömning av "
          "driftkostnaderna. Ordföranden ställde först frågan om ärendet skulle avgöras i dag, och fann "
          "att fullmäktige beslutade så."),
    ("h2", "Beslut"),
    ("p", "Kommunfullmäktige beslutar att anta det lokala klimatkontraktet för Alingsås med målet att "
          "kommunen ska vara klimatneutral 2035, att uppdra åt kommunstyrelsen att årligen fastställa "
          "handlingsplanen, samt att klimatkontraktet ska redovisas i samband med årsredovisningen."),
    ("h2", "Reservation"),
    ("p", "Två ledamöter reserverade sig mot beslutet till förmån för yrkandet om återremiss."),
    ("p", "Beslutet expedieras till kommunstyrelsen, samhällsbyggnadsnämnden, Alingsås Energi och "
          "AB Alingsåshem."),
]


def write_docx(blocks, path: Path) -> None:
    import docx

    d = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            d.core_properties.title = value
            d.add_heading(value, level=0)
        elif kind in ("h1", "h2"):
            d.add_heading(value, level=int(kind[1]))
        elif kind in ("list", "olist"):
            for item in value:
                d.add_paragraph(item, style="List Bullet" if kind == "list" else "List Number")
        elif kind == "table":
            t = d.add_table(rows=len(value), cols=len(value[0]))
            t.style = "Table Grid"
            for row, cells in zip(t.rows, value):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
            for cell in t.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            d.add_paragraph(value)
    d.save(str(path))


def write_pdf(blocks, path: Path, header: str, page_word: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8),
        "item": ParagraphStyle("i", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=2,
                               leftIndent=14, firstLineIndent=-10),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11),
    }

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, header)
        canvas.drawString(A4[0] / 2 - 15, 30, f"{page_word} {doc.page}")
        canvas.restoreState()

    story = []
    for kind, value in blocks:
        if kind == "list":
            story += [Paragraph("\u2022 " + x, st["item"]) for x in value] + [Spacer(1, 8)]
        elif kind == "olist":
            story += [Paragraph(f"{n}. " + x, st["item"]) for n, x in enumerate(value, 1)] + [Spacer(1, 8)]
        elif kind == "table":
            w = (A4[0] - 144) / len(value[0])
            t = Table([[Paragraph(c, st["cell"]) for c in r] for r in value], hAlign="LEFT",
                      colWidths=[w] * len(value[0]))
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 12)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(value, st[kind]))
    SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1], topMargin=72, bottomMargin=60).build(
        story, onFirstPage=decorate, onLaterPages=decorate)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(NORTHSEA, folder / "rainscape-north-sea-project-guide.docx")
    write_docx(GUIDE, folder / "guide-english-summary-and-cv.docx")
    write_docx(MEDIA, folder / "riktlinjer-utlandska-journalister.docx")
    write_pdf(MISSION, folder / "eu-missionen-tvillingstad-klimatkontrakt.pdf",
              "Alingsås kommun – EU-missionen för klimatneutrala städer", "Sida")
    write_pdf(RESEARCH, folder / "guest-researchers-eu-projects.pdf",
              "Alingsås kommun – Guest researchers in EU projects", "Page")
    write_pdf(AMUN, folder / "amun-2027-delegate-handbook.pdf",
              "AMUN 2027 – Alströmergymnasiet, Alingsås", "Page")
    write_pdf(HANDLINGSPLAN, folder / "klimatkontrakt-handlingsplan-2026.pdf",
              "Alingsås kommun – Handlingsplan 2026, lokalt klimatkontrakt", "Sida")
    write_docx(STUDIEBESOK, folder / "rapport-studiebesok-helsingborg.docx")
    write_pdf(KICKOFF, folder / "rainscape-kickoff-horsens-summary.pdf",
              "RAINSCAPE North Sea – Kick-off summary", "Page")
    write_docx(CEFAVTAL, folder / "cef-bidragsavtal-sammanfattning.docx")
    write_pdf(KOMVUXAVTAL, folder / "komvux-partnership-agreement-2025-2028.pdf",
              "Komvux Alingsås – Tartu – Alicante: Cooperation agreement", "Page")
    write_docx(TARTU, folder / "komvux-rapport-internationell-vecka-tartu-2026.docx")
    write_docx(GUESTTEMPLATE, folder / "template-individual-guest-researcher-agreement.docx")
    write_docx(WP5, folder / "rainscape-wp5-transfer-plan.docx")
    write_pdf(MEDIETRANING, folder / "medietraning-engelska-kursbeskrivning.pdf",
              "Alingsås kommun – Kommunikationsavdelningen", "Sida")
    write_pdf(WORKPLAN, folder / "netzerocities-twinning-work-plan.pdf",
              "Twinning Work Plan – Alingsås / Helsingborg", "Page")
    write_docx(INVEST, folder / "klimatkontrakt-investeringsplan-sammandrag.docx")
    write_docx(AMBREPORT, folder / "climate-pact-ambassador-activity-report-2026.docx")
    write_pdf(TVTEAM, folder / "checklista-utlandskt-tv-team.pdf",
              "Alingsås kommun – Checklista för tv-besök", "Sida")
    write_docx(AMUNSAFETY, folder / "amun-2027-safety-and-supervision-plan.docx")
    write_docx(VARDSKAP, folder / "komvux-vardskapsplan-internationella-veckan.docx")
    write_pdf(PROTOKOLL, folder / "protokollsutdrag-kf-2026-06-17-klimatkontrakt.pdf",
              "Alingsås kommun – Kommunfullmäktige – Protokoll", "Sida")
    print(f"wrote 22 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
