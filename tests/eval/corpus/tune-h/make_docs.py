"""Writes the Word and PDF documents of evaluation part tune-h into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work for an evaluation
corpus. People, phone numbers, internal rules and many amounts are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-h/make_docs.py

Block kinds: ("title", text), ("h1", text), ("h2", text), ("p", text), ("list", [items]),
("olist", [items]), ("table", [[header cells], [cells], ...]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# 1. Engaging foreign artists – English, .docx
# ---------------------------------------------------------------------------------------------

ARTISTS = [
    ("title", "Engaging foreign artists for municipal cultural events"),
    ("p", "Guidance for event producers at the Culture and Leisure Department, Alingsås Municipality. "
          "Adopted by the head of culture on 2026-03-02. Replaces the checklist of 2022. The guidance "
          "applies when the municipality itself engages a performer who lives outside Sweden, for example "
          "for the Lantern Festival, the summer concerts in Nolhaga park, the library's author evenings "
          "or the National Day celebration on 6 June."),
    ("h1", "Scope and responsibilities"),
    ("p", "The event producer who books the artist is responsible for the whole engagement: the offer, "
          "the contract, the tax deduction, travel, accommodation and the technical and hospitality "
          "rider. The producer may ask the culture administration's contract officer, currently "
          "Henrik Sjöberg, to review the contract. Contracts where the total fee exceeds SEK 150,000 must "
          "be reviewed by the contract officer before they are signed, and they are signed by the head of "
          "culture. Contracts up to that amount are signed by the event producer's unit manager."),
    ("p", "Associations that receive event grants from the municipality and book foreign artists themselves "
          "are the payers of the fee and are responsible for their own tax deduction. This guidance does not "
          "apply to them, but they are welcome to use the contract template."),
    ("h1", "The offer and the contract"),
    ("p", "Foreign artists are usually booked through an agent or a booking agency. Ask for a written offer "
          "that states the fee, what is included (musicians, technicians, travel, backline) and the "
          "currency. Compare the fee in Swedish kronor using the exchange rate of the day of the offer and "
          "add a margin of 5 per cent for exchange rate changes when you plan the budget."),
    ("p", "Always use the municipality's contract template Artist Engagement Agreement (available in "
          "English and Swedish). An agent's own contract may be used only if the contract officer has "
          "checked it. The contract must state at least:"),
    ("list", ["the names of the performers and the legal entity that receives the fee",
              "the date, venue, time and length of the performance",
              "the fee, the currency and that the fee is stated before the Swedish special income tax",
              "who pays for travel, accommodation, meals and local transport",
              "the technical rider and the hospitality rider as appendices",
              "cancellation terms, including force majeure",
              "the right to film and photograph the performance for the municipality's own channels"]),
    ("p", "The contract must be signed by both parties before any travel is booked. The municipality does not "
          "pay advances to foreign artists. If an agent demands an advance, the head of culture may approve "
          "an advance of at most 30 per cent of the fee, and only against an invoice from a company."),
    ("h1", "The special income tax for non-residents"),
    ("p", "Artists and athletes who live abroad and perform in Sweden pay a special income tax, known as "
          "A-SINK (särskild inkomstskatt för utomlands bosatta artister m.fl.). A-SINK is a final tax on "
          "the income from the performance; the artist does not file a Swedish tax return. The tax is "
          "15 per cent of the fee and of the compensation paid for travel and accommodation, unless the "
          "municipality pays the travel and accommodation costs directly to the airline or hotel."),
    ("p", "The municipality, as the organiser that pays the fee, must withhold the tax and pay it to the "
          "Swedish Tax Agency (Skatteverket). This applies whether the fee is paid to the artist personally or to "
          "a foreign company that provides the artist's services. If the fee is paid to a Swedish agency "
          "that is registered for F-tax, the agency is responsible instead, and the municipality does not "
          "withhold A-SINK."),
    ("p", "A-SINK is different from SINK, the special income tax for non-resident employees. SINK applies "
          "when the municipality employs a person who lives abroad, for example a foreign sound technician "
          "on a temporary employment contract. SINK is handled by the payroll office and not by the event "
          "producer. Ask the payroll office about the current SINK rate and the application."),
    ("h2", "Exemptions from A-SINK"),
    ("p", "No A-SINK is withheld when the total fee to the same artist or group during the calendar year is "
          "less than half of the price base amount. The Finance Unit updates the threshold each January and "
          "publishes it on the intranet. The performer can also be exempted if a tax treaty gives "
          "Sweden no right to tax the income; in that case the Swedish Tax Agency must have decided on "
          "the exemption before the fee is paid. The municipality may not decide on an exemption itself."),
    ("h2", "How the tax is handled"),
    ("olist", ["Enter the fee gross in the payment request and mark the box \"A-SINK 15 %\".",
               "The Finance Unit pays 85 per cent of the fee to the artist or the foreign company.",
               "The Finance Unit declares and pays the withheld tax in the municipality's tax return for "
               "the month after the payment, no later than the 12th of that month.",
               "The Finance Unit submits an income statement (kontrolluppgift) for the artist to the Swedish Tax "
               "Agency by 31 January of the following year.",
               "The event producer sends the artist or agent a written confirmation of the deducted tax "
               "on request."]),
    ("p", "Payment requests for foreign artists must reach the Finance Unit at least ten working days before "
          "the payment date in the contract. Remember that many agents want payment on the day of the "
          "performance; agree instead on payment within 30 days of the performance."),
    ("h1", "Travel and visas"),
    ("p", "Artists from EU and EEA countries and Switzerland do not need a visa or a work permit to perform "
          "in Sweden. Artists from other countries may need a visa. Performers who come for fewer than "
          "14 days in a twelve-month period are normally exempt from the work permit requirement, but "
          "they may still need a Schengen visa. Tell the agent early that the artist must apply for the "
          "visa; the municipality can write an invitation letter but cannot apply on the artist's behalf."),
    ("p", "The municipality books and pays flights and hotels directly whenever possible, because it keeps "
          "the travel costs outside the A-SINK base. Use the municipality's travel agency for flights. Book "
          "economy class; business class may not be paid, even if the rider asks for it. Excess baggage "
          "for instruments is paid when it is stated in the contract."),
    ("p", "Local transport from Landvetter Airport is arranged with the municipality's taxi contract. The "
          "distance is about 40 kilometres and the trip takes roughly 35 minutes."),
    ("h1", "Riders"),
    ("p", "A rider is an appendix to the contract where the artist lists what they need. The technical rider "
          "lists stage size, sound, light and backline. The hospitality rider lists the dressing room, food, "
          "drinks and accommodation. Go through both riders line by line with the venue technician before "
          "the contract is signed and strike out what the municipality will not provide."),
    ("p", "The municipality does not provide alcohol in dressing rooms at events it organises, and the "
          "hospitality rider must be amended if it asks for it. Meals for the artist and crew are provided "
          "at a value of at most SEK 350 per person and day unless the contract says otherwise. Requests for "
          "specific brands of bottled water, towels and fruit are normally accepted."),
    ("table", [["Rider item", "Usually accepted", "Usually struck out"],
               ["Dressing room", "Lockable room with mirror, towels and water", "Separate room for each band member"],
               ["Food", "Hot meal and vegetarian option", "Named restaurant or catering company"],
               ["Drinks", "Water, coffee, tea, soft drinks", "Beer, wine and spirits"],
               ["Accommodation", "Single rooms at a hotel within 2 km of the venue", "Suites"],
               ["Transport", "Taxi from and to Landvetter Airport", "Private car with driver during the stay"]]),
    ("h1", "Insurance, cancellation and force majeure"),
    ("p", "The municipality's liability insurance covers the event, but not the artist's instruments and "
          "equipment. Artists must insure their own equipment. If the municipality cancels for reasons of "
          "its own, the contract template gives the artist 50 per cent of the fee when the cancellation is "
          "made more than 30 days before the event and the full fee when it is made later. Neither party "
          "pays compensation in a case of force majeure, such as extreme weather or an order from the "
          "police."),
    ("h1", "Recordings, streaming and copyright"),
    ("p", "The contract template gives the municipality the right to film and photograph the performance "
          "and to use up to three minutes of recorded material in its own channels, such as the website "
          "and social media accounts, for two years. Live streaming of a whole concert or a longer recording "
          "requires a separate written agreement with the artist and, for music, a licence from the "
          "collecting society. Ask the communications unit before you promise anything to an agent."),
    ("p", "Music performed at municipal events is reported to the collecting society after the event by the "
          "venue. The event producer must send the set list to the venue technician on the day of the "
          "performance. Foreign artists often forget this, so ask the tour manager for the set list "
          "during the sound check."),
    ("h1", "Young performers and groups with children"),
    ("p", "When a foreign group includes performers under 18, for example a children's choir or a dance "
          "school, the group leader is responsible for the children during the whole stay. The municipality "
          "provides a separate dressing room for the children and an adult contact person from the event "
          "team who is present from arrival to departure. Performances by children may not end later than "
          "21.00."),
    ("p", "Children's groups that come through a twinning or school exchange are not engaged as artists. "
          "They are not paid a fee and no A-SINK is withheld; their costs are handled as part of the "
          "exchange. See the project description of the exchange in question."),
    ("h1", "Accessibility and audience information"),
    ("p", "Announcements from the stage should be made in Swedish and, when the artist performs in "
          "another language, briefly also in English. The municipality provides a hearing loop at the "
          "indoor venues. For outdoor concerts, an accessible viewing area near the mixing desk is "
          "marked out. Tell the artist about these arrangements in the day sheet so that they are not "
          "surprised if the audience area looks different from what they are used to."),
    ("h1", "Personal data about artists"),
    ("p", "Contracts, passport copies and bank details of artists contain personal data. Passport copies "
          "are only requested when they are needed for the visa invitation letter or the tax return, "
          "and they are deleted when they are no longer needed. Bank details are sent to the Finance Unit "
          "through the supplier register and are never stored in the producer's own e-mail folders."),
    ("h1", "Common mistakes"),
    ("list", ["Signing an agent's contract that states the fee net of Swedish tax, so that the municipality "
              "has to pay the A-SINK on top of the agreed amount.",
              "Letting the agent book flights and adding the cost to the invoice, which increases the tax "
              "base and usually the price.",
              "Accepting the original hospitality rider without going through it with the venue.",
              "Promising payment on the night of the performance.",
              "Forgetting that the Swedish Tax Agency's decision on a treaty exemption must be in place "
              "before the payment is made."]),
    ("h1", "After the event"),
    ("p", "Within two weeks of the event, the producer files the signed contract, the riders, the invoice and "
          "the A-SINK documentation in the case management system under the event's case number. Costs for "
          "artists are reported in the event's final budget, which is presented to the culture and leisure "
          "committee in the annual report."),
]

# ---------------------------------------------------------------------------------------------
# 2. Mutor och jäv i internationella projekt – Swedish, .docx
# ---------------------------------------------------------------------------------------------

MUTOR = [
    ("title", "Mutor, gåvor och jäv i internationella projekt"),
    ("p", "Riktlinje för anställda i Alingsås kommun som arbetar i internationella projekt och "
          "partnerskap. Fastställd av kommundirektören 2025-11-10. Riktlinjen kompletterar kommunens "
          "övergripande riktlinje mot mutor och oegentligheter och gäller även förtroendevalda när de "
          "deltar i projektets aktiviteter."),
    ("h1", "Varför en särskild riktlinje?"),
    ("p", "I internationella projekt möter kommunens medarbetare partner från länder där seder kring "
          "gåvor, måltider och gästfrihet skiljer sig från svenska. Projekten hanterar ofta stora belopp "
          "från EU, medarbetare reser och bor hos partner, och samma personer kan både välja samarbetspartner "
          "och ta emot deras gästfrihet. Det ökar risken för att förtroendet för kommunen skadas. Svensk lag "
          "gäller för kommunens anställda även när de befinner sig utomlands."),
    ("h1", "Vad är en muta?"),
    ("p", "En muta är en otillbörlig förmån som ges till någon på grund av hans eller hennes anställning "
          "eller uppdrag. Det spelar ingen roll om förmånen ges före eller efter en åtgärd, eller om den "
          "faktiskt har påverkat beslutet. Både den som tar emot och den som lämnar en muta kan dömas "
          "enligt 10 kap. brottsbalken. För anställda i offentlig sektor gäller en särskilt sträng "
          "bedömning, eftersom allmänhetens förtroende för myndighetsutövning och upphandling ska skyddas."),
    ("p", "En förmån kan vara pengar, men också resor, hotellnätter, måltider, evenemangsbiljetter, rabatter, "
          "lån av bostad eller bil och löften om framtida uppdrag. Förmåner till en närstående räknas som "
          "förmåner till dig."),
    ("h1", "Gåvor från projektpartner"),
    ("p", "Huvudregeln är att du inte får ta emot gåvor från projektpartner eller andra som du har kontakt "
          "med i tjänsten. Undantag gäller för enkla gåvor av symboliskt värde som lämnas öppet, till "
          "exempel en bok om partnerns stad, en vimpel, en näsduk med stadens vapen eller en ask choklad "
          "som delas på arbetsplatsen. Värdet får vara högst 300 kr per tillfälle. Kontanter, presentkort "
          "och andra värdebevis får aldrig tas emot, oavsett belopp."),
    ("p", "Gåvor som överlämnas vid officiella ceremonier mellan organisationerna tillhör kommunen och inte "
          "den enskilde. Sådana gåvor lämnas till projektledaren, som registrerar dem i projektets "
          "gåvolista. Gåvolistan ska visas för revisorn vid projektets slutrevision."),
    ("p", "Om du inte kan tacka nej utan att förolämpa givaren, ta emot gåvan och lämna den sedan till din "
          "chef, som beslutar om gåvan ska behållas av kommunen, skänkas till välgörenhet eller lämnas "
          "tillbaka med ett vänligt brev."),
    ("h1", "Inbjudningar, måltider och resor"),
    ("p", "Måltider i samband med projektmöten, till exempel lunch eller middag som partnern bjuder på under "
          "ett partnermöte, får du ta emot om de har ett tydligt samband med arbetet och har en normal "
          "standard. Måltider med alkohol ska vara måttliga. Fritidsaktiviteter som saknar samband med "
          "projektet, till exempel en golfrunda, en konsert eller en helg i partnerns sommarhus, får du inte "
          "ta emot."),
    ("p", "Kommunen betalar alltid själv resor och boende för sina medarbetare. Du får inte låta en partner, "
          "en leverantör eller en konsult betala din resa eller ditt hotell, inte heller om kostnaden "
          "skulle ingå i projektbudgeten. Om en partner i egenskap av koordinator ska stå för kostnaderna "
          "enligt bidragsavtalet ska kommunen få en faktura och betala själv, så att kostnaden syns i "
          "kommunens redovisning."),
    ("p", "Inbjudningar till studieresor eller konferenser från företag som säljer till kommunen eller vill "
          "göra det, till exempel konsulter som erbjuder hjälp att skriva EU-ansökningar, ska alltid "
          "godkännas i förväg av förvaltningschefen, och kommunen betalar själv resa och uppehälle."),
    ("h2", "Exempel"),
    ("table", [["Situation", "Bedömning"],
               ["Partnern i Polen bjuder projektgruppen på middag efter partnermötet", "Tillåtet om middagen har normal standard"],
               ["Partnern ger varje deltagare en flaska vin av lokal sort", "Tillåtet om värdet är högst 300 kr"],
               ["Ett konsultbolag erbjuder en gratis resa till Bryssel för att visa sitt kontor", "Inte tillåtet"],
               ["En partner erbjuder dig att bo i sin lägenhet gratis under ett studiebesök", "Inte tillåtet"],
               ["Partnern skickar ett presentkort på 50 euro som tack", "Inte tillåtet, oavsett belopp"],
               ["Borgmästaren i partnerstaden ger kommunen en tavla vid en ceremoni", "Kommunens gåva, registreras i gåvolistan"]]),
    ("h1", "Jäv"),
    ("p", "Jäv betyder att det finns en omständighet som gör att en persons opartiskhet kan ifrågasättas. "
          "Reglerna om jäv finns i kommunallagen och förvaltningslagen. Den som är jävig får inte delta i "
          "handläggningen av ett ärende, varken genom att bereda det, föredra det eller besluta om det."),
    ("p", "I internationella projekt uppstår jäv till exempel när"),
    ("list", ["en närstående arbetar hos en partnerorganisation, en leverantör eller en konsult som projektet anlitar",
              "du själv har en bisyssla hos, eller ekonomiskt intresse i, en organisation som söker samarbete med kommunen",
              "du har tagit emot en förmån från någon som berörs av beslutet",
              "du tidigare har arbetat hos en partner och fortfarande har lojalitetsband där"]),
    ("p", "Den som känner till en omständighet som kan utgöra jäv ska självmant anmäla den till sin chef. "
          "Anmälan görs skriftligt på blanketten Jävsanmälan och diarieförs i projektets ärende. Chefen "
          "beslutar om medarbetaren får fortsätta att handlägga ärendet. Är chefen själv jävig går "
          "anmälan till chefens chef."),
    ("p", "Det är den enskildes ansvar att anmäla jäv. Att avstå från att anmäla jäv kan leda till "
          "disciplinåtgärder."),
    ("h2", "Partnerval och upphandling i projekt"),
    ("p", "När kommunen väljer partner till en projektansökan ska valet motiveras skriftligt i "
          "projektets ärende. Minst två personer ska delta i bedömningen av vilka partner som bjuds in. "
          "Den som har en nära relation till en tänkbar partner ska inte delta i valet."),
    ("h1", "Bisysslor"),
    ("p", "Uppdrag som utvärderare, expert eller föreläsare åt EU-kommissionen, ett programkontor eller en "
          "partnerorganisation är bisysslor. Anställda ska anmäla bisysslor till sin chef innan uppdraget "
          "påbörjas. En bisyssla som kan påverka förtroendet för kommunen är inte tillåten. Arvode för "
          "sådana uppdrag får inte betalas till kommunens medarbetare från en partner i ett projekt som "
          "kommunen själv deltar i."),
    ("h1", "Så gör du om du misstänker oegentligheter"),
    ("olist", ["Prata med din chef. Om det inte går, vänd dig till chefens chef eller till kommunens "
               "säkerhetssamordnare.",
               "Du kan också använda kommunens visselblåsarfunktion, som tar emot anonyma rapporter och "
               "handläggs av en extern mottagare.",
               "Om misstanken gäller EU-medel kan du även rapportera till Europeiska byrån för bedrägeribekämpning "
               "(Olaf) via dess webbformulär.",
               "Spara underlag, men gör inga egna utredningar och konfrontera inte den misstänkte."]),
    ("p", "Misstanke om mutbrott polisanmäls av kommundirektören efter samråd med kommunjuristen. "
          "Misstanke om fel i användningen av EU-medel rapporteras dessutom till den förvaltande "
          "myndigheten eller programkontoret."),
    ("h1", "Frågor och svar"),
    ("h2", "Partnern vill ge alla deltagare en present vid projektets avslutning. Vad gäller?"),
    ("p", "Presenten får tas emot om den är av symboliskt värde och lämnas öppet till hela gruppen, till "
          "exempel en bok eller ett litet hantverk från partnerns region. Är presenten värdefullare tillhör den "
          "kommunen och ska registreras i projektets gåvolista."),
    ("h2", "Jag har blivit erbjuden att vara utvärderare åt ett EU-program. Får jag det?"),
    ("p", "Uppdraget är en bisyssla och ska anmälas till chefen innan du tackar ja. Chefen bedömer om "
          "uppdraget kan påverka förtroendet för kommunen, till exempel om du skulle bedöma ansökningar från "
          "organisationer som kommunen samarbetar med."),
    ("h2", "Vi blir bjudna på en kulturell aktivitet efter partnermötet. Får vi gå?"),
    ("p", "Ett kortare gemensamt kulturprogram som ingår i partnermötets officiella program, till exempel en "
          "stadsvandring, räknas som en del av mötet. Aktiviteter som har karaktär av nöjesresa eller som "
          "främst riktar sig till enskilda deltagare ska du tacka nej till."),
    ("h2", "Min kusin driver det översättningsföretag som projektet vill anlita. Vad gör jag?"),
    ("p", "Du är jävig och får inte delta i valet av översättare eller i granskningen av fakturorna från "
          "företaget. Anmäl jävet till din chef på blanketten Jävsanmälan innan valet görs."),
    ("h1", "Ansvarsfördelning"),
    ("table", [["Vem", "Ansvar"],
               ["Varje medarbetare", "Känna till riktlinjen, tacka nej till otillbörliga förmåner och anmäla jäv"],
               ["Projektledaren", "Gå igenom riktlinjen vid startmötet och föra projektets gåvolista"],
               ["Chefen", "Besluta om jäv, bisysslor och om gåvor som inte kunnat avböjas"],
               ["Förvaltningschefen", "Godkänna inbjudningar från företag som säljer till kommunen"],
               ["Kommundirektören", "Polisanmäla misstänkt mutbrott efter samråd med kommunjuristen"]]),
    ("h1", "Utbildning och uppföljning"),
    ("p", "Alla projektledare i internationella projekt ska gå kommunens webbutbildning Mutor och jäv "
          "innan projektet startar. Utbildningen tar cirka 45 minuter. Projektledaren ansvarar för att "
          "projektgruppen känner till riktlinjen och går igenom den vid projektets startmöte. Riktlinjen "
          "följs upp vartannat år av kommunledningskontoret."),
]

# ---------------------------------------------------------------------------------------------
# 3. Internationell plan 2027 – Swedish, .docx
# ---------------------------------------------------------------------------------------------

PLAN = [
    ("title", "Kommunstyrelsens internationella plan 2027"),
    ("p", "Antagen av kommunstyrelsen 2026-11-25, § 214. Dnr KS 2026/0731. Planen konkretiserar den "
          "internationella policyn för år 2027 och anger prioriteringar, budget och indikatorer. Den "
          "följs upp i kommunstyrelsens årsredovisning för 2027 och redovisas för kommunfullmäktige i "
          "april 2028."),
    ("h1", "Inledning"),
    ("p", "Alingsås kommun har under 2025 och 2026 ökat antalet internationella samarbeten och den "
          "externa finansieringen. Samtidigt har en enkät till förvaltningarna visat att kunskapen om vad "
          "som pågår är ojämnt spridd och att flera verksamheter saknar tid att delta. Planen för 2027 "
          "prioriterar därför färre och mer långsiktiga insatser och en tydligare uppföljning."),
    ("p", "Planen gäller kommunens förvaltningar. De kommunala bolagen, bland annat Alingsås Energi och "
          "Alingsåshem, beslutar om sitt eget internationella arbete men uppmanas att rapportera det till "
          "den internationella samordnaren."),
    ("h1", "Prioriteringar 2027"),
    ("p", "Kommunstyrelsen har beslutat om fyra prioriterade områden för 2027:"),
    ("olist", ["Välkomnande och kompetensförsörjning: bättre mottagning av nyinflyttade från andra länder, "
               "bland annat genom mottagningsdisken i Medborgarhuset.",
               "Jämställdhet och social hållbarhet: genomförande av handlingsplanen för den europeiska "
               "jämställdhetsdeklarationen.",
               "Energi och klimat: erfarenhetsutbyte med europeiska kommuner och kommunala energibolag.",
               "Kultur och besöksnäring: internationella gästspel, vänortsutbyten för barn och unga och fler "
               "utländska besöksgrupper."]),
    ("p", "Inom varje område ska minst en aktivitet genomföras under året. Nya samarbeten som inte ryms "
          "inom de prioriterade områdena kan startas om de är helt externfinansierade och förvaltningschefen "
          "har godkänt dem."),
    ("h1", "Budget"),
    ("p", "Kommunstyrelsens centrala medel för internationellt arbete uppgår 2027 till 1,2 miljoner kronor, "
          "samma nivå som 2026. Därtill kommer förvaltningarnas egna medel och extern finansiering. "
          "Fördelningen av de centrala medlen framgår av tabellen."),
    ("table", [["Budgetpost", "Belopp 2027", "Kommentar"],
               ["Internationell samordnare, 50 procent av lönekostnaden", "420 000 kr", "Resterande del finansieras av kommunledningskontoret"],
               ["Medfinansiering av externfinansierade projekt", "400 000 kr", "Söks av förvaltningarna löpande"],
               ["Mottagningsdisken, tolk och översättning", "150 000 kr", "Kompletterar arbetsmarknadsenhetens budget"],
               ["Jämställdhetsdeklarationen", "80 000 kr", "Utbildning och uppföljning"],
               ["Vänortsutbyten för barn och unga", "90 000 kr", "Reseersättning till skolor och föreningar"],
               ["Medlemsavgifter i nätverk", "60 000 kr", "Befintliga medlemskap"],
               ["Oförutsett", "0 kr", "Ingen reserv avsätts 2027"]]),
    ("p", "Medfinansieringen kan sökas av alla förvaltningar. En förvaltning kan få högst 100 000 kr per "
          "projekt och år. Ansökan lämnas till den internationella samordnaren, och kommunstyrelsens "
          "arbetsutskott beslutar. Ansökningar behandlas vid arbetsutskottets sammanträden i februari, "
          "maj och oktober."),
    ("p", "Vänortsutbyten för barn och unga kan få bidrag med högst 50 procent av resekostnaden, dock "
          "högst 15 000 kr per utbyte. Ansökan ska lämnas senast den 1 mars för utbyten under våren och "
          "senast den 15 september för utbyten under hösten."),
    ("h1", "Indikatorer"),
    ("p", "Arbetet följs upp med sju indikatorer. Målvärdena för 2027 framgår av tabellen; utfallet för "
          "2025 visas som jämförelse."),
    ("table", [["Indikator", "Utfall 2025", "Mål 2027"],
               ["Antal pågående externfinansierade internationella projekt", "9", "12"],
               ["Extern finansiering som beviljats under året", "6,8 miljoner kronor", "8 miljoner kronor"],
               ["Antal medarbetare som deltagit i internationellt utbyte", "74", "100"],
               ["Antal besök i mottagningsdisken", "610", "800"],
               ["Antal åtgärder i jämställdhetsplanen som genomförts", "5 av 17", "12 av 17"],
               ["Antal barn och unga i vänortsutbyten", "140", "180"],
               ["Antal utländska gruppbesök via Visit Alingsås", "52", "65"]]),
    ("p", "Utfallet för 2026 redovisas i årsredovisningen 2026 och ingår inte i planen."),
    ("h1", "Ansvar och organisation"),
    ("p", "Kommunstyrelsen äger planen. Kommunledningskontoret ansvarar för samordning och uppföljning, "
          "och den internationella samordnaren sammanställer förvaltningarnas rapporter. Varje förvaltning "
          "utser en internationell kontaktperson som rapporterar pågående samarbeten till samordnaren två "
          "gånger per år, senast den 15 juni och den 15 december."),
    ("p", "Kommunens chefsnätverk fungerar som referensgrupp för större projekt. En internationell "
          "beredningsgrupp med kontaktpersonerna träffas fyra gånger per år och leds av den internationella "
          "samordnaren."),
    ("h1", "Aktiviteter per område"),
    ("h2", "Välkomnande och kompetensförsörjning"),
    ("list", ["Mottagningsdisken utökar drop-in till tre dagar i veckan från och med hösten 2027.",
              "En välkomstfolder på engelska, polska och arabiska tas fram tillsammans med Alingsås lärcenter.",
              "Biblioteket utvecklar sin flerspråkiga service och sina språkcaféer."]),
    ("h2", "Jämställdhet och social hållbarhet"),
    ("list", ["Alla chefer erbjuds utbildning i jämställdhetsintegrering.",
              "Jämställdhetsanalys av föreningsbidragen i kultur- och fritidsnämnden.",
              "Könsuppdelad statistik införs i alla nämnders verksamhetsberättelser."]),
    ("h2", "Energi och klimat"),
    ("list", ["Uppföljning av Alingsås Energis studieresa till Tyskland hösten 2026.",
              "Ansökan om ett gemensamt projekt om fjärrvärme och solenergi med minst en tysk partner."]),
    ("h2", "Kultur och besöksnäring"),
    ("list", ["Körutbytet med Põlva i Estland: Alingsås tar emot den estniska kören i maj 2027.",
              "Minst två internationella gästspel under Lyktfesten.",
              "Visit Alingsås tar fram guidematerial på nederländska."]),
    ("h1", "Omvärld och förutsättningar"),
    ("p", "EU:s nya långtidsbudget från 2028 förhandlas under 2026 och 2027. Flera av de program som kommunen "
          "använder i dag kan komma att slås samman eller förändras. Planen för 2027 innebär därför att "
          "förvaltningarna under året ska följa förhandlingarna via den internationella samordnaren och "
          "förbereda sig för nya utlysningar. Några nya långsiktiga åtaganden efter 2027 bör inte göras "
          "innan programmen är kända."),
    ("p", "Kommunens ekonomi är ansträngd. Internationellt arbete ska därför i första hand finansieras externt, "
          "och kommunens egna medel ska användas där de ger störst hävstång, till exempel som medfinansiering "
          "av projekt där EU betalar merparten av kostnaden."),
    ("h1", "Risker"),
    ("table", [["Risk", "Åtgärd"],
               ["Förvaltningarna saknar tid att delta", "Färre men längre samarbeten; tid för internationellt arbete planeras i verksamhetsplanerna"],
               ["Sen slututbetalning från EU-program", "Förvaltningen ska kunna finansiera kostnaderna i väntan på utbetalning"],
               ["Ojämn könsfördelning i utbyten", "Kortare utbyten och digitala alternativ prövas"],
               ["Personberoende", "Varje samarbete ska ha minst två kontaktpersoner i kommunen"]]),
    ("h1", "Uppföljning"),
    ("p", "Den internationella samordnaren lämnar en halvårsrapport till kommunstyrelsens arbetsutskott i "
          "september 2027. Helårsrapporten ingår i årsredovisningen. Indikatorer som inte når målvärdet ska "
          "kommenteras med en förklaring och förslag till åtgärd."),
]

# ---------------------------------------------------------------------------------------------
# 4. Jämställdhetsdeklarationen – handlingsplan – Swedish, .pdf
# ---------------------------------------------------------------------------------------------

CHARTER = [
    ("title", "Handlingsplan för den europeiska deklarationen för jämställdhet på lokal och regional nivå 2025–2028"),
    ("p", "Alingsås kommun. Antagen av kommunfullmäktige 2025-03-26, § 41. Ansvarig: kommunstyrelsen. "
          "Handläggare: jämställdhetsstrateg på kommunledningskontoret."),
    ("h1", "Bakgrund"),
    ("p", "Den europeiska deklarationen för jämställdhet mellan kvinnor och män på lokal och regional nivå "
          "togs fram 2006 av den europeiska organisationen för kommuner och regioner tillsammans med "
          "nationella kommunförbund. Deklarationen innehåller 30 artiklar som beskriver hur en kommun kan "
          "arbeta med jämställdhet i sina roller som demokratisk organisation, arbetsgivare, tjänsteleverantör "
          "och myndighet. I Sverige har Sveriges Kommuner och Regioner uppmuntrat kommuner att underteckna."),
    ("p", "Alingsås kommun undertecknade deklarationen 2012. Kommunen åtog sig då att inom två år ta fram en "
          "handlingsplan, men den första planen antogs först 2016. Den här planen är kommunens tredje."),
    ("p", "Deklarationen är inte juridiskt bindande. Genom att underteckna den gör kommunen ett offentligt "
          "åtagande att arbeta med jämställdhet och att redovisa sitt arbete."),
    ("h1", "Vad innebär jämställdhet?"),
    ("p", "Jämställdhet innebär att kvinnor och män har samma makt att forma samhället och sina egna liv. "
          "Det nationella jämställdhetspolitiska målet har sex delmål: jämn fördelning av makt och "
          "inflytande, ekonomisk jämställdhet, jämställd utbildning, jämn fördelning av det obetalda hem- "
          "och omsorgsarbetet, jämställd hälsa och att mäns våld mot kvinnor ska upphöra."),
    ("p", "Jämställdhetsintegrering är den strategi som kommunen använder. Det betyder att jämställdhetsperspektivet "
          "ska finnas med i alla beslut, i alla verksamheter och på alla nivåer, av de aktörer som normalt "
          "deltar i beslutsfattandet."),
    ("h1", "Utgångsläge"),
    ("p", "Kommunens uppföljning av den förra planen (2021–2024) visade att 11 av 19 åtgärder genomfördes. "
          "Arbetet hade störst genomslag inom arbetsgivarrollen, där skillnaden i medellön mellan kvinnor och "
          "män minskade. Svagast var arbetet med könsuppdelad statistik och jämställdhetsanalyser av "
          "verksamheterna."),
    ("table", [["Område", "Kvinnor", "Män"],
               ["Andel av kommunens anställda 2024", "78 procent", "22 procent"],
               ["Andel av kommunfullmäktiges ledamöter 2024", "45 procent", "55 procent"],
               ["Andel av förvaltningscheferna 2024", "60 procent", "40 procent"],
               ["Andel heltidsanställda 2024", "71 procent", "86 procent"],
               ["Medellön, andel av männens 2024", "96 procent", "100 procent"]]),
    ("h1", "Mål för perioden 2025–2028"),
    ("p", "Handlingsplanen har tre övergripande mål:"),
    ("list", ["Kommunens tjänster ska komma kvinnor och män, flickor och pojkar till del på lika villkor.",
              "Kommunen ska vara en jämställd arbetsgivare där heltid är norm.",
              "Beslut i kommunens nämnder ska föregås av en jämställdhetsanalys när de berör invånare."]),
    ("h1", "Åtgärder"),
    ("p", "Planen innehåller 17 åtgärder fördelade på fyra områden. Varje åtgärd har en ansvarig nämnd och "
          "ett år då den ska vara genomförd."),
    ("table", [["Nr", "Åtgärd", "Ansvar", "Klart"],
               ["1", "Könsuppdelad statistik i alla nämnders verksamhetsberättelser", "Samtliga nämnder", "2026"],
               ["2", "Utbildning i jämställdhetsintegrering för alla chefer", "Kommunstyrelsen", "2027"],
               ["3", "Jämställdhetsanalys av föreningsbidrag", "Kultur- och fritidsnämnden", "2026"],
               ["4", "Jämställdhetsanalys av snöröjningens prioriteringar", "Tekniska nämnden", "2025"],
               ["5", "Heltid som norm i vård och omsorg", "Vård- och omsorgsnämnden", "2028"],
               ["6", "Lönekartläggning varje år", "Kommunstyrelsen", "2025"],
               ["7", "Trygghetsvandringar med fokus på kvinnors trygghet", "Samhällsbyggnadsnämnden", "2026"],
               ["8", "Rutin mot sexuella trakasserier i kommunens lokaler och föreningar", "Kultur- och fritidsnämnden", "2026"],
               ["9", "Jämställd fördelning av idrottshallstider", "Kultur- och fritidsnämnden", "2027"],
               ["10", "Jämställdhetskriterier i kommunens bidrag till studieförbund", "Kultur- och fritidsnämnden", "2027"],
               ["11", "Mäns våld mot kvinnor: utbildning för all personal i socialtjänsten", "Socialnämnden", "2026"],
               ["12", "Jämställdhetsanalys av skolans studie- och yrkesvägledning", "Barn- och ungdomsnämnden", "2027"],
               ["13", "Kvinnors företagande i näringslivsstrategin", "Kommunstyrelsen", "2027"],
               ["14", "Jämställd representation i kommunens bolagsstyrelser", "Kommunfullmäktige", "2027"],
               ["15", "Språkgranskning av kommunens bilder och texter ur jämställdhetsperspektiv", "Kommunstyrelsen", "2026"],
               ["16", "Jämställdhetsperspektiv i internationella projektansökningar", "Kommunstyrelsen", "2026"],
               ["17", "Utvärdering av hela handlingsplanen", "Kommunstyrelsen", "2028"]]),
    ("h2", "Internationella projekt"),
    ("p", "Åtgärd 16 innebär att varje ansökan om internationellt projekt som kommunen lämnar in ska beskriva "
          "hur projektet påverkar kvinnor och män, flickor och pojkar. Den internationella samordnaren "
          "granskar detta innan ansökan lämnas in. Många EU-program kräver redan en sådan beskrivning."),
    ("h1", "Deklarationens artiklar i urval"),
    ("p", "Deklarationen är indelad efter kommunens olika roller. För Alingsås har följande artiklar valts ut "
          "som särskilt viktiga under planperioden:"),
    ("list", ["Artikel 2: politisk representation – lika rätt för kvinnor och män att väljas och utses till uppdrag.",
              "Artikel 6: att motverka stereotyper i kommunens information och verksamhet.",
              "Artikel 11: kommunen som arbetsgivare – lika lön och möjlighet till heltid.",
              "Artikel 12: offentlig upphandling och avtal med jämställdhetsperspektiv.",
              "Artikel 22: könsrelaterat våld.",
              "Artikel 27: idrott, kultur och fritid.",
              "Artikel 30: samarbete och internationellt partnerskap för jämställdhet."]),
    ("p", "Artikel 30 innebär att kommunen i sina internationella samarbeten ska verka för jämställdhet och "
          "utbyta erfarenheter med andra kommuner som har undertecknat deklarationen. Det är bakgrunden till "
          "åtgärd 16 om internationella projektansökningar."),
    ("h1", "Kommunens roller"),
    ("p", "Som demokratisk organisation ska kommunen verka för en jämn fördelning mellan kvinnor och män i "
          "nämnder, styrelser och beredningar. Som arbetsgivare ska kommunen erbjuda lika villkor och "
          "möjlighet till heltid. Som tjänsteleverantör ska kommunens verksamheter utformas så att de "
          "motsvarar både kvinnors och mäns behov. Som myndighet ska kommunen fatta beslut som är "
          "rättssäkra och likvärdiga oavsett kön."),
    ("h1", "Organisation"),
    ("p", "Kommunstyrelsen ansvarar för handlingsplanen som helhet. Jämställdhetsstrategen på "
          "kommunledningskontoret samordnar arbetet och stöttar nämnderna. Varje förvaltning utser en "
          "jämställdhetsombud som deltar i kommunens jämställdhetsnätverk. Nätverket träffas fyra gånger "
          "per år."),
    ("p", "Jämställdhetsstrategen är Maria Lindqvist. Hon ansvarar också för kommunens kontakter med "
          "Sveriges Kommuner och Regioner i frågor om deklarationen."),
    ("h1", "Budget"),
    ("p", "Arbetet finansieras inom ramen för nämndernas budgetar. Kommunstyrelsen avsätter därutöver "
          "80 000 kr per år för utbildning och uppföljning. Lönekostnaden för jämställdhetsstrategen ingår "
          "inte i detta belopp."),
    ("h1", "Uppföljning"),
    ("p", "Handlingsplanen följs upp varje år. Nämnderna rapporterar sina åtgärder till jämställdhetsstrategen "
          "senast den 31 januari året efter. Uppföljningen sammanställs i en rapport som behandlas av "
          "kommunstyrelsen i april. Hela planen utvärderas 2028, och resultatet ligger till grund för nästa "
          "plan."),
]

# ---------------------------------------------------------------------------------------------
# 5. Uppföljning 2026 av jämställdhetsplanen – Swedish, .pdf
# ---------------------------------------------------------------------------------------------

CHARTER_FOLLOWUP = [
    ("title", "Uppföljning av jämställdhetsplanen – rapport för år 2025"),
    ("p", "Rapport till kommunstyrelsen. Behandlad 2026-04-22, § 88. Sammanställd av jämställdhetsstrategen "
          "på kommunledningskontoret utifrån nämndernas rapporter. Rapporten avser det första året av "
          "handlingsplanen 2025–2028 för den europeiska jämställdhetsdeklarationen."),
    ("h1", "Sammanfattning"),
    ("p", "Under 2025 genomfördes 5 av planens 17 åtgärder helt. Ytterligare 7 åtgärder är påbörjade och "
          "5 har inte påbörjats. Av de åtgärder som skulle vara klara 2025 genomfördes båda: "
          "jämställdhetsanalysen av snöröjningen och den årliga lönekartläggningen."),
    ("p", "Alla nämnder utom en lämnade sin rapport i tid. Barn- och ungdomsnämndens rapport kom in i mars."),
    ("h1", "Åtgärder som har genomförts"),
    ("list", ["Åtgärd 4: Jämställdhetsanalys av snöröjningens prioriteringar. Tekniska nämnden har ändrat "
              "ordningen så att gång- och cykelvägar till förskolor, skolor och större arbetsplatser röjs före "
              "bilvägar med lite trafik.",
              "Åtgärd 6: Lönekartläggning. Kartläggningen 2025 visade inga osakliga löneskillnader som beror "
              "på kön. Kvinnornas medellön var 97 procent av männens.",
              "Åtgärd 7: Trygghetsvandringar. Tre vandringar genomfördes: i centrum, i Noltorp och vid "
              "resecentrum. 42 personer deltog, varav 31 kvinnor.",
              "Åtgärd 15: Språkgranskning. En checklista för bilder och texter har tagits fram och används "
              "av kommunikationsenheten.",
              "Åtgärd 16: Jämställdhetsperspektiv i internationella projektansökningar. Sedan juni 2025 granskar "
              "den internationella samordnaren alla ansökningar. Fyra ansökningar granskades under året."]),
    ("h1", "Åtgärder som är försenade"),
    ("p", "Åtgärd 3, jämställdhetsanalysen av föreningsbidragen, skulle enligt planen vara klar 2026 men "
          "har inte påbörjats. Kultur- och fritidsnämnden anger att bidragssystemet ska göras om under 2026 "
          "och att analysen därför flyttas till 2027. Kommunstyrelsen har godkänt förseningen."),
    ("p", "Åtgärd 5, heltid som norm i vård och omsorg, går långsammare än planerat. Andelen heltidsanställda "
          "kvinnor i vård- och omsorgsförvaltningen ökade från 58 till 61 procent."),
    ("h1", "Nyckeltal"),
    ("table", [["Nyckeltal", "2024", "2025"],
               ["Andel heltidsanställda kvinnor i hela kommunen", "71 procent", "73 procent"],
               ["Andel heltidsanställda män i hela kommunen", "86 procent", "86 procent"],
               ["Kvinnors medellön som andel av mäns", "96 procent", "97 procent"],
               ["Andel kvinnor bland deltagarna i internationella utbyten", "64 procent", "59 procent"],
               ["Andel kvinnor bland ledamöterna i bolagsstyrelserna", "38 procent", "40 procent"]]),
    ("p", "Andelen kvinnor bland de medarbetare som deltagit i internationella utbyten är lägre än andelen "
          "kvinnor bland de anställda. En förklaring kan vara att utbyten oftare görs inom teknik och "
          "samhällsbyggnad, där fler män arbetar, och att det är svårare att resa för medarbetare med ansvar "
          "för små barn."),
    ("h1", "Åtgärder som är påbörjade"),
    ("p", "Sju åtgärder har påbörjats men är inte klara:"),
    ("list", ["Åtgärd 1: Könsuppdelad statistik. Fyra av åtta nämnder redovisade könsuppdelad statistik i "
              "verksamhetsberättelsen för 2025.",
              "Åtgärd 2: Utbildning för chefer. En första föreläsning har hållits; en webbutbildning tas fram.",
              "Åtgärd 5: Heltid som norm i vård och omsorg.",
              "Åtgärd 8: Rutin mot sexuella trakasserier. Ett utkast har remitterats till föreningarna.",
              "Åtgärd 11: Utbildning om mäns våld mot kvinnor. Hälften av personalen i socialtjänsten har gått utbildningen.",
              "Åtgärd 12: Jämställdhetsanalys av studie- och yrkesvägledningen.",
              "Åtgärd 13: Kvinnors företagande i näringslivsstrategin."]),
    ("h1", "Åtgärder som inte har påbörjats"),
    ("p", "Fem åtgärder har inte påbörjats: nummer 3, 9, 10, 14 och 17. Åtgärd 17, utvärderingen av hela "
          "planen, ska enligt planen göras först 2028. Åtgärd 14 om bolagsstyrelserna hanteras av "
          "valberedningen inför nästa mandatperiod."),
    ("h1", "Ekonomi"),
    ("p", "Av de 80 000 kr som kommunstyrelsen avsatt för 2025 användes 62 400 kr, främst till en "
          "föreläsning för chefer och till tryck av checklistan. De återstående medlen fördes inte över till 2026."),
    ("h1", "Förslag till beslut"),
    ("list", ["Kommunstyrelsen godkänner uppföljningen.",
              "Barn- och ungdomsnämnden uppmanas att lämna sin rapport i tid nästa år.",
              "Vård- och omsorgsnämnden får i uppdrag att redovisa en tidplan för heltid som norm senast den 30 september 2026."]),
]

# ---------------------------------------------------------------------------------------------
# 6. Payments to foreign partners and EU funds – English, .pdf
# ---------------------------------------------------------------------------------------------

PAYMENTS = [
    ("title", "Paying foreign partners and receiving EU funds"),
    ("p", "Routine of the Finance Unit, Municipal Executive Office, Alingsås Municipality. Version 3, "
          "valid from 1 February 2026. Applies to all departments that pay suppliers, partners or "
          "individuals abroad, and to projects that receive grants from EU programmes."),
    ("h1", "Purpose"),
    ("p", "International projects mean payments in foreign currency, invoices with different VAT rules and "
          "grants that arrive months after the costs. This routine describes how payments abroad are made, "
          "which exchange rates are used, how VAT on foreign invoices is handled and how EU money is "
          "received and booked. Small purchases with the purchase card are described on the intranet "
          "page on buying from abroad and are not covered here."),
    ("h1", "Registering a foreign supplier or partner"),
    ("p", "Before the first payment, the foreign supplier or partner must be registered in the supplier "
          "register. The department sends the form New foreign supplier to the Finance Unit. The form must "
          "include:"),
    ("list", ["the full legal name and address of the organisation",
              "the VAT registration number for organisations in the EU, or the national company number outside the EU",
              "the IBAN (international bank account number)",
              "the BIC, also called the SWIFT code, of the bank",
              "the name and address of the bank",
              "a bank statement or letter from the bank that confirms the account holder"]),
    ("p", "The Finance Unit checks the VAT number in the European Commission's VIES database and the account "
          "holder against the bank's confirmation. Registration takes up to five working days. Changes of "
          "bank details are never made on the basis of an e-mail alone; the Finance Unit always confirms a "
          "change by telephone with a contact person known from before. This is because invoice fraud with "
          "false bank details is common in international projects."),
    ("h1", "Making payments abroad"),
    ("p", "Payments abroad are made by the Finance Unit through the municipality's bank. Payments in euro "
          "within the SEPA area are made every Tuesday and Thursday. Payments in other currencies and to "
          "countries outside SEPA are made on Thursdays only. An invoice must be approved in the invoice "
          "system at least five working days before its due date."),
    ("p", "The charge option for foreign payments is SHA, which means that the municipality pays its own "
          "bank's charges and the recipient pays the charges of the receiving bank. The option OUR, where "
          "the municipality pays all charges, may only be used if a grant agreement or contract requires "
          "it. Each foreign payment costs SEK 45 in bank charges, which is charged to the cost centre of "
          "the department. An urgent payment, sent the same day, costs SEK 250 and must be approved by "
          "the finance manager."),
    ("p", "Payments to private individuals abroad, for example fees to experts or lecturers, require the "
          "person's full name, home address and date of birth. Fees to artists are subject to A-SINK and "
          "follow the culture department's guidance on engaging foreign artists."),
    ("h1", "Exchange rates"),
    ("p", "Different exchange rates are used for different purposes. Do not mix them up."),
    ("table", [["Purpose", "Exchange rate used", "Where to find it"],
               ["Payment of an invoice in foreign currency", "The bank's rate on the day of payment", "Shown on the payment in the ledger"],
               ["Budget for an EU project application", "The Commission's monthly accounting rate in the month the application is written", "InforEuro on the Commission's website"],
               ["Cost report to an EU programme", "The rate the programme prescribes, often the accounting rate of the month the report is submitted", "The programme manual"],
               ["Internal budget in SEK for a partnership", "SEK 11.50 per euro for 2026", "Decided by the finance manager each autumn"]]),
    ("p", "Exchange rate differences between the budget and the actual payment are booked on the project's "
          "cost centre. They cannot be reported to the EU programme as eligible costs."),
    ("h1", "VAT on foreign invoices"),
    ("p", "The municipality is registered for VAT in Sweden with VAT number SE212000154601. When a company in "
          "another EU country sells services to the municipality, the invoice should normally be issued "
          "without VAT and state reverse charge. Reverse charge means that the buyer, not the seller, "
          "accounts for the VAT. The Finance Unit calculates Swedish VAT on the invoice and reports it in "
          "the municipality's VAT return."),
    ("p", "The department must check that an invoice from an EU company states the municipality's VAT number, "
          "the seller's VAT number and the words reverse charge (or the same in the seller's language). An "
          "invoice with foreign VAT must be sent back to the seller for correction, unless the service is "
          "one that is taxed where it is performed, such as hotel rooms, restaurant meals and conference "
          "fees for a specific event abroad. Foreign VAT on such costs cannot be deducted in Sweden."),
    ("p", "Invoices from outside the EU, for example from the United Kingdom, Norway or Switzerland, are "
          "also handled with reverse charge when they concern services. Goods from outside the EU are "
          "declared through customs, and the customs agent invoices the import VAT."),
    ("p", "The municipality receives compensation for input VAT through the special VAT compensation scheme "
          "for municipalities. Because of that, VAT is never an eligible cost in EU projects run by the "
          "municipality. Budget all project costs without VAT."),
    ("h1", "Paying partners in projects where Alingsås is lead partner"),
    ("p", "When Alingsås is lead partner, the EU grant is paid to the municipality, which then forwards each "
          "partner's share. Partner shares are forwarded within 30 days of the municipality receiving the "
          "money, in euro, to the account registered in the supplier register. The project manager sends a "
          "payment request with the partner shares according to the grant agreement and the partnership "
          "agreement. The finance manager approves transfers to partners above EUR 50,000."),
    ("p", "No partner share may be forwarded before the partnership agreement has been signed by all partners. "
          "If a partner has not submitted its cost report, its share of the next payment is held back until "
          "the report has been approved."),
    ("h1", "Receiving EU funds"),
    ("p", "The municipality has an account in euro for grants from EU programmes. All EU payments should be "
          "made to that account; the Finance Unit provides the IBAN to the project manager, who enters it in "
          "the programme's portal. Money received in euro is kept in euro as long as payments to partners or "
          "suppliers in euro are expected, and is exchanged to kronor when the project manager asks for it."),
    ("olist", ["Before the first payment, the project manager asks the Finance Unit for a project number and "
               "a cost centre for the project.",
               "The project manager tells the Finance Unit the expected amount and month of each payment from "
               "the programme, according to the grant agreement.",
               "When money arrives, the Finance Unit books it on the project and notifies the project manager "
               "within two working days.",
               "At the end of each year, the Finance Unit and the project manager reconcile received and "
               "expected payments. Grants received but not used are booked as a liability."]),
    ("p", "Pre-financing from EU programmes is often 40 to 80 per cent of the grant. The rest is paid after "
          "the final report, which can be up to a year after the project has ended. The department must "
          "be able to finance the costs in the meantime. The municipality does not take loans to "
          "pre-finance projects."),
    ("h1", "Documentation and audit"),
    ("p", "All vouchers for project costs must be marked with the project number and kept for at least "
          "ten years after the final payment from the programme, or longer if the grant agreement requires "
          "it. The Finance Unit keeps the digital ledger; the project manager keeps time sheets, "
          "participant lists and other evidence in the project's case file."),
    ("h1", "Common errors and how to avoid them"),
    ("p", "The Finance Unit's review of 2025 showed that most delays in foreign payments were caused by a "
          "small number of recurring errors. The table lists them together with what the department can do."),
    ("table", [["Error", "Consequence", "How to avoid it"],
               ["IBAN or BIC missing or wrong", "The bank returns the payment", "Ask for a bank letter when registering the partner"],
               ["Invoice approved too late", "Late payment and sometimes interest", "Approve at least five working days before the due date"],
               ["Foreign VAT on a service invoice", "VAT becomes a cost for the project", "Send the invoice back for correction"],
               ["No project number on the voucher", "The cost is not included in the project report", "Mark every voucher with the project number"],
               ["Partner share sent before the agreement is signed", "Risk of recovery from the partner", "Check that all partners have signed"]]),
    ("h1", "A worked example"),
    ("p", "Alingsås is lead partner in a project with a partner in Poland and a partner in Germany. In March "
          "the programme pays a pre-financing of EUR 120,000 to the municipality's euro account. According to "
          "the partnership agreement, the Polish partner's share is EUR 30,000 and the German partner's share "
          "is EUR 45,000; the rest belongs to Alingsås."),
    ("olist", ["The Finance Unit books the EUR 120,000 on the project and tells the project manager within two working days.",
               "The project manager sends a payment request with the two partner shares and a reference to the partnership agreement.",
               "The transfer of EUR 30,000 to the Polish partner is approved by the project manager's head of department.",
               "The transfer of EUR 45,000 to the German partner is also approved by the head of department, since it "
               "is below EUR 50,000.",
               "Both payments are made in euro from the euro account within 30 days of receipt, with the charge option SHA.",
               "Alingsås' own share stays in the euro account until the project manager asks for it to be exchanged."]),
    ("h1", "Glossary"),
    ("list", ["IBAN: the international format of a bank account number, beginning with a country code.",
              "BIC or SWIFT code: the international identification code of a bank.",
              "SEPA: the Single Euro Payments Area, where payments in euro are handled like domestic payments.",
              "Pre-financing: an advance payment from the programme at the start of a project.",
              "Eligible cost: a cost that the programme accepts and reimburses under the grant agreement.",
              "Cost centre: the code in the ledger that shows which unit and project a cost belongs to."]),
    ("h1", "Contacts"),
    ("p", "Questions about foreign payments and the supplier register go to the Finance Unit's accounts payable "
          "team. Questions about EU accounting and reconciliation go to the project accountant, Jonas Wikström."),
]



# ---------------------------------------------------------------------------------------------
# 7. Visit Alingsås – international visitors 2025 – English, .pdf
# ---------------------------------------------------------------------------------------------

VISITORS = [
    ("title", "International visitors to Alingsås 2025: annual report of Visit Alingsås"),
    ("p", "Visit Alingsås, business and tourism unit, Alingsås Municipality. Published February 2026. The report "
          "summarises foreign visitors, group bookings and marketing abroad in 2025 and is presented to the "
          "municipal executive board together with the tourism statistics."),
    ("h1", "Summary"),
    ("p", "2025 was the best year so far for international tourism in Alingsås. Commercial guest nights by "
          "foreign visitors rose to 21,400, an increase of 9 per cent compared with 2024. Foreign visitors "
          "accounted for 27 per cent of all commercial guest nights in the municipality. Visit Alingsås "
          "received 52 foreign groups through its group service, compared with 44 in 2024."),
    ("h1", "Guest nights by country"),
    ("p", "The largest markets were the same as in previous years. Germany remains the largest foreign "
          "market by a wide margin."),
    ("table", [["Country", "Guest nights 2024", "Guest nights 2025", "Change"],
               ["Germany", "6,300", "7,100", "+13 %"],
               ["Norway", "4,100", "4,000", "-2 %"],
               ["Denmark", "2,200", "2,500", "+14 %"],
               ["The Netherlands", "1,900", "2,300", "+21 %"],
               ["United Kingdom", "1,100", "1,200", "+9 %"],
               ["Other countries", "4,000", "4,300", "+8 %"],
               ["Total foreign", "19,600", "21,400", "+9 %"]]),
    ("h1", "Groups"),
    ("p", "Of the 52 foreign groups, 31 were coach tours organised by tour operators, 12 were day excursions "
          "from cruise ships in the port of Gothenburg, and 9 were study groups received by municipal "
          "departments or companies. The average group size was 34 people. The largest group, from a "
          "German choir association, had 96 participants and needed four guides."),
    ("p", "Guided tours were given 88 times to foreign groups: 47 in German, 36 in English and 5 in Dutch. "
          "The fika walk was the most popular tour, chosen by 41 groups. Revenue from guided tours for "
          "foreign groups was SEK 214,000 including VAT."),
    ("h2", "Cruise excursions"),
    ("p", "Cruise excursions are sold by the shipping companies' local agents in Gothenburg. Visit Alingsås "
          "does not sell directly to cruise passengers. In 2025 the excursions took place between May and "
          "September, with a maximum of two coaches per ship call. The agents have asked for a shorter "
          "programme of three hours including the bus journey, which Visit Alingsås will offer from 2026."),
    ("h1", "Marketing abroad"),
    ("p", "Visit Alingsås took part in two trade events abroad in 2025: the travel fair in Hamburg in "
          "February and a workshop for Dutch coach operators in Utrecht in October. Both were arranged "
          "together with Västsvenska Turistrådet, the regional tourist board, which paid the stand fees; Visit Alingsås paid travel "
          "and accommodation for one person per event."),
    ("p", "The German-language website was relaunched in April 2025. Visits to the German pages rose from "
          "about 18,000 to 29,000 during the year. A Dutch version of the group brochure is planned for 2027."),
    ("h1", "Visitor survey"),
    ("p", "In the summer of 2025, 412 foreign visitors answered the visitor survey at the tourist office and "
          "online. 91 per cent would recommend Alingsås to others. The most common reasons for the visit were "
          "the cafés and fika culture, the old town and the Lantern Festival."),
    ("list", ["The most appreciated: friendly staff, the café culture, the walking distances.",
              "The most common complaints: few signs in English and German, limited opening hours on "
              "Sundays, and the lack of coach parking close to the centre.",
              "Requests: more guided tours at weekends and an English audio guide."]),
    ("h1", "Plans for 2026"),
    ("list", ["A shorter excursion programme for cruise passengers.",
              "New signs in English and German at the old town's ten most visited buildings.",
              "A free audio guide in English and German via a mobile web page, launched in May 2026.",
              "A trial of two extra coach spaces at Södra Ringgatan during the Lantern Festival."]),
    ("h1", "Method"),
    ("p", "Guest nights come from Statistics Sweden's accommodation statistics, which cover hotels, hostels, "
          "holiday villages and campsites with at least nine beds or pitches. Private rentals and stays with "
          "friends are not included, so the real number of foreign visitors is higher. Group numbers come "
          "from Visit Alingsås' own booking system. The visitor survey was answered on a tablet at the "
          "tourist office and through a link on the website; the answers are not a random sample."),
    ("h1", "Cooperation with the municipality's departments"),
    ("p", "Nine study groups were received by municipal departments or companies in 2025, among them "
          "delegations from the twin towns and a group of energy engineers from Germany. Departments that "
          "ordered guided tours paid the internal price. Several departments asked for a short presentation "
          "of Alingsås in English that they can use when they receive foreign guests; a standard presentation "
          "with pictures will be available on the intranet from spring 2026."),
    ("p", "The target in the municipal executive board's international plan is 65 foreign group visits "
          "through Visit Alingsås in 2027."),
]

# ---------------------------------------------------------------------------------------------
# 8. Lyktfesten 2026 – utvärdering av internationella gästspel – Swedish, .docx
# ---------------------------------------------------------------------------------------------

LYKTFESTEN = [
    ("title", "Lyktfesten 2026 – utvärdering av de internationella gästspelen"),
    ("p", "Kultur- och fritidsförvaltningen, evenemangsenheten. Rapport till kultur- och fritidsnämnden "
          "2026-11-18. Lyktfesten hölls den 25–27 september 2026."),
    ("h1", "Sammanfattning"),
    ("p", "Lyktfesten 2026 hade för första gången tre internationella gästspel: en lyktparad med en "
          "gatuteatergrupp från Nederländerna, en konsert med en folkmusikgrupp från Estland och ett "
          "ljusverk av en konstnär från Tyskland. Gästspelen lockade uppskattningsvis 11 000 besökare. "
          "Festivalen som helhet hade omkring 38 000 besök under tre dagar."),
    ("p", "Gästspelen kostade sammanlagt 386 000 kr, varav arvoden 248 000 kr. Kostnaden var 46 000 kr högre "
          "än budgeterat, främst på grund av extra boende och ändrade flyg."),
    ("h1", "Bakgrund"),
    ("p", "Lyktfesten är Alingsås största evenemang och har arrangerats varje år sedan 2000, med uppehåll "
          "2020. Festivalen äger rum den sista helgen i september, när kvällarna blir mörka, och centrum "
          "lyses upp av tusentals lyktor, ljusinstallationer och eldkonst. Festivalen arrangeras av "
          "kultur- och fritidsförvaltningen tillsammans med handeln i centrum och ett fyrtiotal föreningar."),
    ("p", "Kultur- och fritidsnämnden beslutade i november 2025 att festivalen skulle få en tydligare "
          "internationell profil, bland annat för att locka fler utländska besöksgrupper. Som en del av det "
          "bjöds tre internationella gästspel in 2026, varav ett från vänorten Põlva."),
    ("h1", "Gästspelen"),
    ("table", [["Gästspel", "Land", "Arvode", "Antal medverkande"],
               ["Lyktparad med gatuteater", "Nederländerna", "EUR 9 500", "Elva artister"],
               ["Folkmusikkonsert på Stora Torget", "Estland", "62 000 kr", "Fem musiker"],
               ["Ljusinstallation vid Lilla Torget", "Tyskland", "EUR 7 800", "En konstnär och två tekniker"]]),
    ("p", "Den nederländska gruppen bokades via en svensk agentur med F-skatt. Därför drog kommunen inte "
          "A-SINK på det arvodet. För de två övriga gästspelen drogs A-SINK med 15 procent."),
    ("h2", "Kostnader för gästspelen"),
    ("table", [["Kostnadspost", "Utfall", "Budget"],
               ["Arvoden", "248 000 kr", "240 000 kr"],
               ["Resor", "61 000 kr", "45 000 kr"],
               ["Boende", "38 000 kr", "25 000 kr"],
               ["Teknik och el", "27 000 kr", "20 000 kr"],
               ["Måltider", "12 000 kr", "10 000 kr"],
               ["Summa", "386 000 kr", "340 000 kr"]]),
    ("p", "Arvodena i euro har räknats om till kronor med bankens kurs på betalningsdagen. Kostnaderna för "
          "resor och boende blev högre än budgeterat eftersom den nederländska gruppen kom med två personer "
          "fler än vad som stod i offerten och eftersom flygen bokades sent."),
    ("h2", "Säkerhet"),
    ("p", "Eldkonst och levande ljus kräver tillstånd från räddningstjänsten. Den nederländska gruppens "
          "lyktparad använde bara batteridrivna lyktor, vilket gjorde tillståndsprocessen enkel. "
          "Ljusinstallationen vid Lilla Torget krävde en elbesiktning innan den fick slås på."),
    ("h1", "Vad fungerade bra?"),
    ("list", ["Lyktparaden samlade fler deltagare än väntat, och skolorna deltog med egna lyktor.",
              "Samarbetet med Põlvas musikskola gjorde att den estniska gruppen också höll en workshop för kulturskolan.",
              "Alla kontrakt var påskrivna senast åtta veckor före festivalen."]),
    ("h1", "Vad behöver förbättras?"),
    ("list", ["Den tyska konstnärens tekniska rider granskades för sent, vilket ledde till extra kostnader för el.",
              "Flygen bokades av agenten i stället för av kommunen och blev dyrare.",
              "Ljusinstallationen saknade skyltning på engelska.",
              "Värdarna fick sina instruktioner för sent."]),
    ("h1", "Publik och enkät"),
    ("p", "En enkät besvarades av 620 besökare. 84 procent gav de internationella gästspelen betyget bra eller "
          "mycket bra. Lyktparaden fick högst betyg. Flera svarande önskade att programmet även fanns på "
          "engelska."),
    ("h1", "Förslag inför 2027"),
    ("olist", ["Minst två internationella gästspel även 2027, i enlighet med kommunstyrelsens internationella plan.",
               "Riderna granskas av lokalteknikern senast tolv veckor före festivalen.",
               "Kommunen bokar alltid flyg själv, enligt riktlinjen för utländska artister.",
               "Programmet trycks på svenska och engelska.",
               "Budgeten för gästspel höjs till 400 000 kr."]),
    ("p", "Nämnden beslutar om budgeten för Lyktfesten 2027 i samband med verksamhetsplanen i december 2026."),
]

# ---------------------------------------------------------------------------------------------
# 9. Samhällsorientering på engelska – Swedish, .docx
# ---------------------------------------------------------------------------------------------

SAMHALL = [
    ("title", "Samhällsorientering på engelska för arbetskraftsinvandrare och EU-medborgare – kursbeskrivning 2027"),
    ("p", "Arbetsmarknadsenheten, Alingsås kommun. Kursbeskrivning fastställd 2026-11-16. Kursen är ett "
          "frivilligt erbjudande från kommunen och är inte samma sak som den lagstadgade samhällsorienteringen "
          "för nyanlända med uppehållstillstånd."),
    ("h1", "Bakgrund"),
    ("p", "Kommunen är skyldig att erbjuda samhällsorientering till nyanlända som har fått uppehållstillstånd "
          "som flyktingar eller anhöriga. EU-medborgare och arbetskraftsinvandrare omfattas inte av den "
          "skyldigheten. Mottagningsdisken har ändå märkt att många av dem har stort behov av information om "
          "hur Sverige och Alingsås fungerar, särskilt under det första året. Kommunstyrelsen har därför "
          "beslutat att pröva en kortare kurs på engelska under 2027."),
    ("h1", "Kursens innehåll"),
    ("p", "Kursen omfattar sex träffar om vardera tre timmar. Varje träff har ett tema:"),
    ("olist", ["Att komma till Sverige: folkbokföring, personnummer, id-kort och bank.",
               "Arbetsliv: anställningsavtal, kollektivavtal, fackförbund och skatt.",
               "Välfärd: försäkringar, vård, 1177 och tandvård.",
               "Barn och familj: förskola, skola, föräldraledighet och barnbidrag.",
               "Bo i Sverige: hyresrätt, bostadsrätt, andrahandsuthyrning och sopsortering.",
               "Demokrati och deltagande: kommunens organisation, föreningsliv och val."]),
    ("p", "Vid träff 6 medverkar en förtroendevald från kommunfullmäktige. EU-medborgare som är folkbokförda "
          "i Alingsås har rösträtt i kommunala val och regionval, och träffen visar hur man går till väga."),
    ("h1", "Omfattning och tider"),
    ("p", "Kursen ges två gånger under 2027: en omgång under våren med start den 3 mars och en omgång under "
          "hösten med start den 8 september. Träffarna hålls på onsdagar klockan 17.30–20.30 i Medborgarhuset, "
          "så att deltagare som arbetar dagtid kan delta."),
    ("p", "Varje omgång har plats för högst 20 deltagare. Deltagarna får ett intyg om de har varit med på "
          "minst fem av de sex träffarna. Intyget är inte ett betyg och ger inga högskolepoäng."),
    ("h1", "Vem kan delta?"),
    ("p", "Kursen riktar sig till vuxna som har flyttat till Alingsås från ett annat land under de senaste två "
          "åren och som inte omfattas av den lagstadgade samhällsorienteringen. Deltagaren behöver inte vara "
          "folkbokförd, men ska bo eller arbeta i Alingsås. Kursen är gratis. Barnpassning erbjuds inte."),
    ("p", "Den som har rätt till den lagstadgade samhällsorienteringen hänvisas dit, eftersom den är längre och "
          "ges på deltagarens modersmål."),
    ("h1", "Anmälan"),
    ("olist", ["Anmäl dig via formuläret på kommunens webbplats eller i mottagningsdisken.",
               "Sista dag för anmälan är två veckor före kursstart.",
               "Om fler än 20 anmäler sig går de som har bott kortast tid i Sverige före.",
               "Besked om plats lämnas senast en vecka före kursstart."]),
    ("h1", "Kursledare och samarbeten"),
    ("p", "Kursen leds av två samhällskommunikatörer från arbetsmarknadsenheten. Vid träffarna om arbetsliv och "
          "välfärd medverkar gäster från Skatteverket, Försäkringskassan och ett fackförbund. Större "
          "arbetsgivare i Alingsås som rekryterar från utlandet har informerats om kursen och uppmanas att "
          "berätta om den för sina nyanställda."),
    ("h1", "Utvärdering"),
    ("p", "Deltagarna fyller i en enkät efter sista träffen. Arbetsmarknadsenheten redovisar resultatet, antalet "
          "deltagare och kostnaden till kommunstyrelsen i januari 2028. Kommunstyrelsen beslutar då om kursen "
          "ska fortsätta."),
]

# ---------------------------------------------------------------------------------------------
# 10. Nolhaga summer concerts 2026 – English, .pdf
# ---------------------------------------------------------------------------------------------

SUMMER = [
    ("title", "Nolhaga summer concerts 2026: season report"),
    ("p", "Culture and Leisure Department, event production team. Report to the head of culture, "
          "2026-09-10. The summer concerts are free open-air concerts on the summer stage in Nolhaga park "
          "on Thursday evenings in June, July and August."),
    ("h1", "The season in brief"),
    ("p", "The 2026 season had ten concerts between 11 June and 13 August. Four of the concerts had foreign "
          "artists: a jazz trio from Denmark, a singer-songwriter from Ireland, a brass band from Germany "
          "and a folk group from Estonia. The other six concerts had Swedish artists, three of them from "
          "the Alingsås area. The total audience was about 14,500, the highest since the concerts started "
          "in 2011."),
    ("p", "One concert, on 9 July, was moved indoors to the Estrad hall because of thunderstorm warnings. "
          "The hall holds 600 people, and about 200 people who came could not get in."),
    ("h1", "Foreign artists"),
    ("table", [["Concert", "Country", "Audience", "Booked through"],
               ["Jazz trio", "Denmark", "1,100", "Danish agency"],
               ["Singer-songwriter", "Ireland", "1,600", "Swedish agency with F-tax"],
               ["Brass band, 22 musicians", "Germany", "2,300", "The band's association directly"],
               ["Folk group", "Estonia", "1,200", "Põlva music school"]]),
    ("p", "The brass band travelled by its own coach and stayed two nights. Because the band is an "
          "association of amateur musicians, the event team checked with the Finance Unit whether A-SINK "
          "should be withheld. It was withheld, because the fee was paid for a performance; whether the "
          "performers are professionals does not matter."),
    ("p", "The Estonian folk group combined the concert with a visit to the culture school. The group came "
          "back in September to play at the Lantern Festival."),
    ("h1", "Costs and revenue"),
    ("p", "The season cost SEK 612,000, of which artist fees were SEK 355,000. Fees to the four foreign "
          "acts were SEK 168,000 in total. The concerts are free for the audience; revenue came only from "
          "the sale of food and drink, which is run by a local association that keeps the profit."),
    ("h1", "Programme 2026"),
    ("table", [["Date", "Artist", "Genre"],
               ["11 June", "Local choirs together", "Choral music"],
               ["18 June", "Jazz trio from Denmark", "Jazz"],
               ["25 June", "Alingsås big band", "Swing"],
               ["2 July", "Singer-songwriter from Ireland", "Folk and pop"],
               ["9 July", "Swedish pop group (moved indoors)", "Pop"],
               ["16 July", "Brass band from Germany", "Brass"],
               ["23 July", "Swedish folk musicians", "Folk"],
               ["30 July", "Tribute band", "Rock"],
               ["6 August", "Folk group from Estonia", "Folk"],
               ["13 August", "Culture school summer orchestra", "Mixed"]]),
    ("h1", "Audience survey"),
    ("p", "A short survey was handed out at four of the concerts and answered by 380 people. 93 per cent "
          "were satisfied or very satisfied with the concerts. Many appreciated hearing music from other "
          "countries, and several asked for more seating and for toilets closer to the stage. About one in "
          "five respondents lived outside the municipality."),
    ("h1", "Lessons learned"),
    ("list", ["The day sheet in English was appreciated by all foreign artists.",
              "The German band's technical rider arrived only one week before the concert.",
              "Thunderstorm warnings must be followed up from the morning of the concert day.",
              "The indoor alternative is too small for the most popular concerts."]),
    ("h1", "Proposals for 2027"),
    ("list", ["Keep the number of concerts at ten.",
              "Book at least three foreign acts, one of them from a twin town.",
              "Ask for technical riders at least six weeks before each concert.",
              "Investigate a larger indoor alternative for bad weather."]),
]

# ---------------------------------------------------------------------------------------------
# 11. Open call, Lantern Festival 2027 – English, .docx
# ---------------------------------------------------------------------------------------------

OPENCALL = [
    ("title", "Open call: international artists for the Lantern Festival 2027"),
    ("p", "Alingsås Municipality, Culture and Leisure Department. Published 2026-12-01. The Lantern Festival "
          "2027 takes place in the centre of Alingsås, Sweden, on 24–26 September 2027."),
    ("h1", "About the festival"),
    ("p", "The Lantern Festival is a free outdoor festival where the town centre is lit up by lanterns, light "
          "art, fire performances and music. About 38,000 visits were counted in 2026. The festival is "
          "organised by the municipality together with local businesses and associations. Since 2026 the "
          "festival has invited international artists every year."),
    ("h1", "What we are looking for"),
    ("p", "We are looking for artists and groups from Europe who work with light, lanterns or outdoor "
          "performance. We especially welcome:"),
    ("list", ["light installations that can stand outdoors for three evenings,",
              "walking acts and parades that involve the audience,",
              "projects that include a workshop with local children or young people,",
              "artists from Alingsås' twin towns."]),
    ("p", "We do not select acts that use open fire in crowds, pyrotechnics or lasers aimed at the audience. "
          "Fire performances are only possible in the fenced fire area by the river."),
    ("h1", "What we offer"),
    ("list", ["A fee between EUR 3,000 and EUR 12,000 per act, depending on the size of the act and the number "
              "of performances. The fee is subject to the Swedish special income tax (A-SINK) of 15 per cent "
              "unless the Swedish Tax Agency has decided otherwise.",
              "Travel to and from Alingsås, booked and paid by the municipality.",
              "Accommodation in single rooms for up to four nights.",
              "Meals during the festival days.",
              "Electricity, basic sound and a technician at each venue.",
              "A host from the festival team who speaks English."]),
    ("p", "At most three international acts will be selected. Artists who performed at the festival in 2026 "
          "may apply again but will not be prioritised."),
    ("h1", "How to apply"),
    ("olist", ["Fill in the application form in English on the festival's website.",
               "Attach a description of the proposed work of at most two pages, a technical rider, pictures "
               "or video of earlier work and a budget in euro.",
               "Send the application no later than 15 January 2027.",
               "Shortlisted artists are invited to a video interview in February 2027.",
               "All applicants are informed of the decision by 1 March 2027."]),
    ("p", "Applications sent by post or as links to cloud folders without the form will not be considered."),
    ("h1", "Selection"),
    ("p", "The acts are selected by a jury of four: the event manager, the festival's artistic adviser, the "
          "head of the culture school and an artist from the region. The jury assesses artistic quality, how "
          "well the work fits the festival and the town centre, the possibilities for audience participation "
          "and the practical and economic feasibility."),
    ("h1", "Conditions"),
    ("p", "Selected artists sign the municipality's Artist Engagement Agreement. The fee is paid by bank "
          "transfer within 30 days after the festival. No advance payments are made. Artists must insure "
          "their own equipment. The municipality may film and photograph the performances for its own "
          "channels."),
    ("p", "Questions about the open call can be sent in English to the event team. We answer questions "
          "until 8 January 2027."),
]

# ---------------------------------------------------------------------------------------------
# 12. Vänortsbidrag till skolor och föreningar – Swedish, .pdf
# ---------------------------------------------------------------------------------------------

VANORTSBIDRAG = [
    ("title", "Bidrag till vänortsutbyten för barn och unga 2027 – anvisningar"),
    ("p", "Kommunledningskontoret, Alingsås kommun. Anvisningar till kommunstyrelsens internationella plan "
          "2027. Gäller ansökningar om bidrag till resor inom vänortssamarbetet för barn och unga under "
          "2027."),
    ("h1", "Vad kan få bidrag?"),
    ("p", "Bidraget är till för utbyten där barn och unga från Alingsås reser till en av kommunens vänorter "
          "eller tar emot en grupp från en vänort. Utbytet ska ha ett tydligt innehåll, till exempel "
          "gemensam musik, idrott, skolarbete eller ett projekt om en viss fråga. Rena nöjesresor får inte "
          "bidrag."),
    ("p", "Bidrag kan sökas av kommunens skolor, kulturskolan, fritidsgårdar och ideella föreningar i "
          "Alingsås som har barn- eller ungdomsverksamhet. Deltagarna ska vara 7–25 år."),
    ("h1", "Hur mycket kan man få?"),
    ("p", "Bidraget täcker högst 50 procent av resekostnaden, dock högst 15 000 kr per utbyte. Med "
          "resekostnad menas kostnader för resor och boende. Måltider, fickpengar och aktiviteter ingår inte. "
          "En sökande kan få bidrag till högst två utbyten per år."),
    ("p", "När en grupp från en vänort tas emot i Alingsås kan bidrag ges till gemensamma aktiviteter och "
          "lokalhyror i stället för resor, med samma tak på 15 000 kr."),
    ("h1", "Ansökan"),
    ("olist", ["Fyll i blanketten Ansökan om vänortsbidrag och bifoga en budget och ett program för utbytet.",
               "Skicka ansökan till den internationella samordnaren senast den 1 mars för utbyten under våren "
               "och senast den 15 september för utbyten under hösten.",
               "Den internationella samordnaren bereder ansökningarna, och beslut fattas av kommundirektören "
               "på delegation från kommunstyrelsen.",
               "Beslut meddelas inom fyra veckor efter sista ansökningsdag."]),
    ("h1", "Redovisning"),
    ("p", "Senast två månader efter utbytet ska mottagaren skicka en kort redovisning med verkliga kostnader, "
          "antal deltagare fördelat på flickor och pojkar och några meningar om vad utbytet gav. Bidrag som "
          "inte har använts ska betalas tillbaka. Den som inte har redovisat ett tidigare bidrag kan inte få "
          "nytt bidrag."),
    ("h1", "Exempel"),
    ("table", [["Utbyte", "Resekostnad", "Bidrag"],
               ["Ungdomskör till Põlva, 32 personer", "95 100 kr", "15 000 kr"],
               ["Fotbollslag till nordisk vänort, 16 personer", "24 000 kr", "12 000 kr"],
               ["Skolklass tar emot vänortsklass", "Aktiviteter 9 000 kr", "4 500 kr"]]),
    ("p", "I exemplet med kören är 50 procent av resekostnaden mer än taket, så bidraget blir 15 000 kr."),
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
            widths = _widths(value, A4[0] - 144)
            cells = [[Paragraph(text, styles["cell"]) for text in row] for row in value]
            table = Table(cells, hAlign="LEFT", colWidths=widths)
            table.setStyle(TableStyle([
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


def _widths(rows, total):
    longest = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    weights = [max(6, min(n, 60)) for n in longest]
    return [total * w / sum(weights) for w in weights]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(ARTISTS, folder / "engaging-foreign-artists.docx")
    write_docx(MUTOR, folder / "mutor-gavor-jav-internationella-projekt.docx")
    write_docx(PLAN, folder / "internationell-plan-2027.docx")
    write_pdf(CHARTER, folder / "jamstalldhetsdeklarationen-handlingsplan-2025-2028.pdf",
              "Alingsås kommun – Handlingsplan för jämställdhetsdeklarationen", "Sida")
    write_pdf(CHARTER_FOLLOWUP, folder / "jamstalldhetsplanen-uppfoljning-2025.pdf",
              "Alingsås kommun – Uppföljning av jämställdhetsplanen", "Sida")
    write_pdf(PAYMENTS, folder / "foreign-payments-and-eu-funds.pdf",
              "Alingsås Municipality – Finance Unit routine", "Page")
    write_pdf(VISITORS, folder / "international-visitors-2025-annual-report.pdf",
              "Visit Alingsås – International visitors 2025", "Page")
    write_docx(LYKTFESTEN, folder / "lyktfesten-2026-internationella-gastspel.docx")
    write_docx(SAMHALL, folder / "samhallsorientering-pa-engelska-2027.docx")
    write_pdf(SUMMER, folder / "nolhaga-summer-concerts-2026-report.pdf",
              "Culture and Leisure Department – Nolhaga summer concerts 2026", "Page")
    write_docx(OPENCALL, folder / "open-call-lantern-festival-2027.docx")
    write_pdf(VANORTSBIDRAG, folder / "vanortsbidrag-barn-och-unga-2027.pdf",
              "Alingsås kommun – Vänortsbidrag 2027", "Sida")
    print(f"wrote 12 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
