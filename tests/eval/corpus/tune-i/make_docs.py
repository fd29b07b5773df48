"""Writes the Word and PDF documents of evaluation part tune-i into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work for an evaluation
corpus. People, phone numbers, internal rules, partner projects and most amounts are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-i/make_docs.py

Each document is a list of (kind, value): "title", "h1", "h2", "p", "bullets" (list of items),
"steps" (numbered items), "grid" (rows, the first a header row), "newpage".
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# =============================================================================================
# A. Interreg Europe project CIRC-PRO (circular procurement) – English, PDF
# =============================================================================================

CIRCPRO = [
    ("title", "CIRC-PRO – Circular Procurement for Regions: project briefing for Alingsås Municipality"),
    ("p", "Briefing note prepared by the Procurement Unit and the Municipal Executive Office for managers, "
          "procurement officers and members of the regional stakeholder group. Version 3, 16 February 2026. "
          "Replaces the version of September 2025."),
    ("h1", "1. Summary"),
    ("p", "CIRC-PRO is an interregional cooperation project financed by the Interreg Europe programme. Its "
          "aim is to help regional and local authorities use public procurement as a lever for the circular "
          "economy: buying reused and refurbished products, requiring repairability and take-back, and "
          "procuring services instead of products where that lowers resource use. Alingsås Municipality is "
          "one of eight partners and is responsible for the project's work on furniture and IT equipment."),
    ("p", "The project started on 1 March 2025 and ends on 28 February 2029. It has a core phase of 36 "
          "months, until 28 February 2028, followed by a follow-up phase of 12 months in which partners "
          "monitor how their action plans are implemented."),
    ("h1", "2. What is Interreg Europe?"),
    ("p", "Interreg Europe is an EU programme for interregional cooperation that helps public authorities "
          "across Europe learn from each other and improve their regional development policies. In the "
          "2021–2027 period it has an ERDF budget of EUR 379 million and covers the 27 EU member states as "
          "well as Norway and Switzerland. Unlike the cross-border Interreg programmes, Interreg Europe does "
          "not finance investments or pilot projects on the ground; it finances exchange of experience, "
          "study visits, peer reviews and the preparation of action plans."),
    ("p", "Every project partner that is a public authority must address a policy instrument: a strategy, "
          "programme or plan that the partner, or another authority it works with, can influence. The "
          "result of the core phase is an action plan that describes how the policy instrument will be "
          "improved with what the partner has learned from the other regions."),
    ("h1", "3. The partnership"),
    ("p", "CIRC-PRO has eight partners from seven countries. The lead partner is Päijät-Häme Regional "
          "Council in Lahti, Finland, which is responsible for the contract with the programme and for "
          "distributing the ERDF payments to the other partners."),
    ("grid", [["Partner", "Country", "Role in CIRC-PRO"],
              ["Päijät-Häme Regional Council", "Finland", "Lead partner; methodology and coordination"],
              ["Alingsås Municipality", "Sweden", "Furniture and IT equipment; host of the 2026 study visit"],
              ["Kaunas District Municipality", "Lithuania", "Construction materials"],
              ["Ljubljana Urban Region Development Agency", "Slovenia", "Food and catering contracts"],
              ["Province of Limburg", "Belgium", "Market dialogue with suppliers"],
              ["Region of Murcia", "Spain", "Textiles and work clothing"],
              ["Cork County Council", "Ireland", "Procurement training for small municipalities"],
              ["LAB University of Applied Sciences", "Finland", "Advisory partner; evaluation and indicators"]]),
    ("p", "LAB University of Applied Sciences is an advisory partner. It does not address a policy "
          "instrument of its own and has no action plan, but it measures the project's results."),
    ("h1", "4. Alingsås Municipality's part"),
    ("h2", "4.1 The policy instrument"),
    ("p", "The policy instrument that Alingsås has chosen is the municipality's procurement strategy "
          "2024–2027, adopted by the municipal council in December 2023. The strategy says that the "
          "municipality shall consider circular solutions in all procurements above the threshold for "
          "direct awards, but it contains no tools or targets for doing so. CIRC-PRO is meant to give the "
          "strategy concrete targets for reused furniture and for the lifetime of IT equipment."),
    ("h2", "4.2 Decision and budget"),
    ("p", "The Municipal Executive Board decided on 13 May 2024 that Alingsås would take part as a partner "
          "and that the municipality's own contribution would be taken from the budget of the Procurement "
          "Unit. The application was submitted in the programme's fourth call and approved by the "
          "programme's monitoring committee in December 2024."),
    ("p", "The total budget of the project is EUR 1 870 000. The budget of Alingsås Municipality is "
          "EUR 214 500, of which the ERDF co-financing rate of 80 per cent gives EUR 171 600. The remaining "
          "EUR 42 900, 20 per cent, is the municipality's own contribution."),
    ("grid", [["Budget line (Alingsås)", "Amount", "Comment"],
              ["Staff costs", "EUR 132 000", "Project manager 50 per cent and communication officer 10 per cent"],
              ["Office and administration", "EUR 19 800", "Flat rate of 15 per cent of staff costs"],
              ["Travel and accommodation", "EUR 28 700", "Interregional events, study visits"],
              ["External expertise and services", "EUR 31 000", "Hosting the study visit, translation, evaluation support"],
              ["Equipment", "EUR 3 000", "Only small equipment for events"],
              ["Total", "EUR 214 500", "ERDF EUR 171 600, own contribution EUR 42 900"]]),
    ("p", "Staff costs are reported as real costs based on time sheets for the project manager. The "
          "communication officer's time is reported as a fixed percentage of the monthly salary and needs "
          "no time sheet, as long as the percentage does not change."),
    ("h2", "4.3 Who does what"),
    ("p", "The project manager in Alingsås is Karin Holmqvist at the Procurement Unit, who works 50 per cent "
          "of her time in CIRC-PRO. She plans the Alingsås activities, writes the partner reports and is "
          "the contact person for the lead partner. The international coordinator at the Municipal "
          "Executive Office supports the project with EU rules and contacts with West Sweden, and the "
          "Finance Department keeps a separate project account."),
    ("p", "The head of the Procurement Unit is the project owner and approves every partner report before "
          "it is sent for control. Changes to the Alingsås budget of more than 10 per cent of a budget line "
          "must also be approved by the lead partner."),
    ("newpage", None),
    ("h1", "5. Activities 2025–2028"),
    ("p", "During the core phase each partner takes part in six interregional events, one per semester. "
          "An interregional event is a meeting of all partners, usually combined with study visits to good "
          "practices in the host region. Every partner's travel budget covers two members of staff and up "
          "to three regional stakeholders per event."),
    ("grid", [["Semester", "Host", "Theme"],
              ["1 (spring 2025)", "Lahti, Finland", "Kick-off and baseline of each region"],
              ["2 (autumn 2025)", "Kaunas, Lithuania", "Reuse of construction materials"],
              ["3 (spring 2026)", "Alingsås, Sweden", "Reused furniture and IT equipment"],
              ["4 (autumn 2026)", "Murcia, Spain", "Textiles and work clothing"],
              ["5 (spring 2027)", "Cork, Ireland", "Training and guidance for buyers"],
              ["6 (autumn 2027)", "Hasselt, Belgium", "Final conference and action plans"]]),
    ("h2", "5.1 The study visit in Alingsås, 12–14 May 2026"),
    ("p", "Alingsås hosts the third interregional event from 12 to 14 May 2026. About 30 participants from "
          "the partner regions are expected. The programme includes a visit to the municipality's central "
          "furniture store, where used furniture is registered, repaired and offered to schools and offices, "
          "and to a company in the Gothenburg region that refurbishes laptops for the public sector."),
    ("p", "The costs of hosting, such as meeting rooms, local transport and lunches, are paid from the "
          "Alingsås budget line for external expertise and services. Participants pay their own travel and "
          "hotel from their own partner budgets. The official dinner on 13 May is paid by the project, but "
          "costs of alcoholic beverages may not be charged to the project and are paid by the municipality "
          "outside the project account."),
    ("h2", "5.2 The regional stakeholder group"),
    ("p", "Each partner sets up a regional stakeholder group that follows the project and helps to write the "
          "action plan. The Alingsås group has eleven members, among them Region Västra Götaland, the "
          "Gothenburg Region's procurement network, the housing company Alingsåshem, two local furniture "
          "companies and the municipality's IT unit. The group meets twice a year, normally in March and "
          "October."),
    ("h2", "5.3 The action plan"),
    ("p", "The Alingsås action plan must be finished before the end of the core phase, by 28 February 2028, "
          "and be signed by the authority responsible for the policy instrument, which is the Municipal "
          "Executive Board. The plan is expected to contain at least three actions, for example a target "
          "share of reused furniture in new premises and a minimum lifetime of six years for laptops."),
    ("h1", "6. Reporting and payments"),
    ("p", "The project is divided into six-month reporting periods. After each period every partner "
          "submits a partner report with its costs and activities in Jems, the programme's electronic "
          "monitoring system. The Alingsås partner report must be submitted to the first level controller "
          "no later than six weeks after the end of the period."),
    ("p", "In Sweden, first level control for Interreg Europe is centralised at the Swedish Agency for "
          "Economic and Regional Growth (Tillväxtverket) and is free of charge for the partner. The "
          "controller checks that costs are eligible and issues a control certificate. The lead partner "
          "then combines all partner reports into a project report to the programme."),
    ("p", "The ERDF is paid after the costs have been incurred and controlled. Alingsås must therefore "
          "pre-finance all project costs. Experience from the first periods shows that the ERDF reaches the "
          "municipality five to seven months after the end of a reporting period."),
    ("h2", "Internal deadlines for partner reports"),
    ("steps", ["Staff members send their time sheets for the period to the project manager within ten days "
               "after the period ends.",
               "The Finance Department sends the ledger extract from the project account within two weeks.",
               "The project manager drafts the partner report in Jems and attaches invoices, time sheets and "
               "proof of activities, such as participant lists and photos.",
               "The head of the Procurement Unit approves the report.",
               "The project manager submits the report to Tillväxtverket for first level control, at the latest "
               "six weeks after the end of the period."]),
    ("h1", "7. Rules that are easy to get wrong"),
    ("bullets", ["Costs must be paid before the end of the reporting period in which they are reported; an "
                 "invoice that is received but not paid cannot be included.",
                 "Travel must be booked in economy class. Train is preferred for journeys within Scandinavia.",
                 "Gifts to partners or participants may not be charged to the project.",
                 "Procurements of services above the municipality's direct award threshold follow the "
                 "ordinary procurement rules, also when the service is paid with ERDF money.",
                 "All communication material must carry the Interreg Europe logo with the project name. "
                 "The logo includes the EU emblem, which must not be used on its own.",
                 "Documents proving the costs must be kept available for audits until at least five years "
                 "after the programme's final payment to the lead partner."]),
    ("h1", "8. Communication"),
    ("p", "The project has a page on the Interreg Europe website, where partners publish news and good "
          "practices. Alingsås is expected to publish at least two news items per year and to register at "
          "least one good practice in the programme's Policy Learning Platform during the core phase. The "
          "communication officer writes the news in English; a Swedish version is published on the "
          "municipality's website."),
    ("p", "The Alingsås good practice that has been registered so far is the central furniture store, "
          "registered in November 2025. In 2025 the furniture store handed out 1 460 pieces of reused "
          "furniture to municipal premises, which the store estimates saved about SEK 2,9 million compared "
          "with buying new."),
    ("h1", "9. Lessons learned so far"),
    ("p", "After the first two semesters the project manager has summarised some lessons for other "
          "departments that are considering an Interreg Europe project:"),
    ("bullets", ["Time sheets are the most common reason for corrections in the first level control. Fill "
                 "them in every week, not at the end of the period.",
                 "The regional stakeholder group needs concrete tasks; members lose interest if they are only "
                 "informed.",
                 "Interregional events demand more preparation than expected: every host partner spends about "
                 "three months preparing its event.",
                 "It takes time before the ERDF is paid; the department must be able to carry the costs for "
                 "at least a year."]),
    ("p", "A peer review, in which experts from the other partner regions examine one partner's policy "
          "instrument during a two-day visit and give recommendations, was carried out in Alingsås in "
          "October 2025. The peer review recommended that the municipality set a target for reused furniture "
          "in all new school buildings and introduce a requirement of spare parts for at least five years in "
          "procurements of IT equipment."),
    ("h2", "Glossary"),
    ("bullets", ["Good practice: an initiative that has proved successful in one region and that could be "
                 "transferred to another region.",
                 "Peer review: a visit in which partners examine one region's challenge and give advice.",
                 "Policy instrument: the strategy, programme or plan that a partner wants to improve.",
                 "Jems: the joint electronic monitoring system used by most Interreg programmes.",
                 "First level control: the check of a partner's costs before they are reported to the "
                 "programme."]),
    ("h1", "10. Questions and contacts"),
    ("p", "Questions about the content of the project are answered by the project manager, Karin Holmqvist. "
          "Questions about eligible costs and the project account go to the Finance Department's EU "
          "accountant. General questions about Interreg programmes, including other Interreg Europe calls, "
          "are answered by the international coordinator."),
]

# =============================================================================================
# E. Study trip on elderly care in the Netherlands – Swedish, PDF
# =============================================================================================

STUDIERESA = [
    ("title", "Studieresa till Nederländerna om äldreomsorg och demensvård 6–9 oktober 2026"),
    ("p", "Program, deltagare och villkor. Vård- och omsorgsförvaltningen, Alingsås kommun. Fastställt av "
          "förvaltningschefen 2026-03-24. Dnr VO 2026/118."),
    ("h1", "Bakgrund och syfte"),
    ("p", "Vård- och omsorgsnämnden har i sin verksamhetsplan för 2026 gett förvaltningen i uppdrag att "
          "utveckla hemtjänsten mot mer självstyrande team och att se över hur boendet för personer med "
          "demenssjukdom kan bli mer likt ett vanligt liv. Nederländerna har under de senaste femton åren "
          "blivit ett land som många svenska kommuner besöker för att lära sig om just detta."),
    ("p", "Syftet med studieresan är att ge chefer, sjuksköterskor och förtroendevalda en gemensam bild av "
          "två nederländska arbetssätt: Buurtzorgs modell för hemvård med små självstyrande team av "
          "sjuksköterskor, och demensbyn De Hogeweyk i Weesp, där de boende lever i små hushåll i en "
          "bykänsla med torg, butik och restaurang. Resan ska ge underlag till det utvecklingsarbete som "
          "förvaltningen redovisar för nämnden i början av 2027."),
    ("p", "Studieresan är ett kompetensutvecklingsprojekt och inte ett internationellt samarbetsprojekt. "
          "Någon partnerorganisation eller något avtal med de besökta verksamheterna finns inte."),
    ("h1", "Vad är Buurtzorg?"),
    ("p", "Buurtzorg är en nederländsk ideell organisation för hemsjukvård och hemtjänst som startades 2006. "
          "Namnet betyder ungefär grannskapsvård. Arbetet bedrivs i team med högst tolv sjuksköterskor och "
          "undersköterskor som själva planerar arbetet, tar in nya brukare och ansvarar för ekonomin i "
          "teamet, med stöd av coacher i stället för chefer. Modellen har studerats i många länder och har "
          "prövats i flera svenska kommuner."),
    ("h1", "Vad är De Hogeweyk?"),
    ("p", "De Hogeweyk är ett särskilt boende för personer med långt framskriden demenssjukdom i Weesp, "
          "söder om Amsterdam. Boendet öppnade i sin nuvarande form 2009 och har omkring 190 boende i 27 "
          "hushåll. De boende kan röra sig fritt inom området, som har gator, ett torg, en frisör och en "
          "mataffär. Verksamheten tar emot studiebesök från hela världen mot en avgift."),
    ("h1", "Deltagare"),
    ("p", "Resan har plats för högst tolv personer. Förvaltningschefen har beslutat om följande "
          "sammansättning:"),
    ("bullets", ["fem enhetschefer, varav tre från hemtjänsten och två från särskilda boenden för personer "
                 "med demenssjukdom",
                 "två sjuksköterskor från hemsjukvården",
                 "en undersköterska som är utsedd av arbetsplatsträffarna inom hemtjänsten",
                 "en verksamhetsutvecklare, som är reseledare",
                 "en representant för Kommunal",
                 "vård- och omsorgsnämndens ordförande och förste vice ordförande"]),
    ("p", "Reseledare är verksamhetsutvecklare Malin Forsberg. Hon ansvarar för programmet, bokningarna och "
          "kontakten med de besökta verksamheterna, och hon är den som deltagarna vänder sig till under resan."),
    ("h2", "Hur väljs deltagarna?"),
    ("p", "Enhetschefer och sjuksköterskor som vill delta anmäler intresse via formuläret på intranätet "
          "senast den 15 maj 2026. I anmälan beskriver man kort vilken fråga man vill ta med sig hem och "
          "hur man tänker sprida kunskapen i sin verksamhet. Förvaltningens ledningsgrupp väljer ut "
          "deltagarna och meddelar beslutet senast den 5 juni 2026. Om fler anmäler intresse än det finns "
          "platser prioriteras chefer för verksamheter som ska starta förändringsarbete under 2027."),
    ("p", "De förtroendevalda deltar efter beslut i vård- och omsorgsnämnden, som fattar beslut om "
          "förtroendevaldas deltagande i kurser och konferenser enligt kommunens arvodesreglemente."),
    ("h1", "Program"),
    ("grid", [["Dag", "Datum", "Program"],
              ["Tisdag", "6 oktober", "Flyg Göteborg Landvetter–Amsterdam Schiphol kl. 07.05. Eftermiddag: "
                                      "introduktion om det nederländska vårdsystemet på hotellet"],
              ["Onsdag", "7 oktober", "Studiebesök hos ett Buurtzorg-team i Almelo och samtal med en coach"],
              ["Torsdag", "8 oktober", "Studiebesök på De Hogeweyk i Weesp, rundvandring och seminarium"],
              ["Fredag", "9 oktober", "Gemensam reflektion på förmiddagen. Flyg Amsterdam–Göteborg kl. 15.40"]]),
    ("p", "Gruppen bor på samma hotell i Amsterdam alla tre nätterna. Transporterna till Almelo och Weesp "
          "görs med tåg. Resan till Almelo tar knappt två timmar i varje riktning."),
    ("p", "Alla presentationer hålls på engelska. Någon tolk anlitas inte. Deltagare som känner sig osäkra på "
          "engelska kan få en svensk sammanfattning av det skriftliga materialet i förväg."),
    ("newpage", None),
    ("h1", "Kostnader och finansiering"),
    ("p", "Resan finansieras med förvaltningens centrala kompetensutvecklingsmedel. Ramen för resan är "
          "145 000 kr. Ingen extern finansiering har sökts. Deltagarnas lönekostnader under resdagarna "
          "belastar de egna enheterna och ingår inte i ramen. De förtroendevaldas arvoden och "
          "förlorad arbetsinkomst betalas av nämndens budget."),
    ("grid", [["Kostnadspost", "Beräknat belopp", "Kommentar"],
              ["Flyg tur och retur, 12 personer", "46 800 kr", "3 900 kr per person"],
              ["Hotell, 3 nätter, 12 enkelrum", "50 400 kr", "Frukost ingår"],
              ["Tåg inom Nederländerna", "7 200 kr", "Gruppbiljetter"],
              ["Studiebesök De Hogeweyk", "€950", "Avgift för grupp om högst 15 personer"],
              ["Studiebesök Buurtzorg", "0 kr", "Det kostar inget, men gruppen bjuder teamet på lunch"],
              ["Gemensamma måltider och lokal", "18 000 kr", "Middag tisdag och torsdag, reflektionsmöte fredag"],
              ["Reserv", "11 700 kr", "Oförutsedda kostnader"]]),
    ("p", "Traktamente betalas enligt kommunens resereglemente och Skatteverkets normalbelopp för "
          "Nederländerna, med avdrag för de måltider som ingår. Eftersom frukost ingår i hotellpriset och två "
          "middagar är gemensamma blir traktamentet reducerat. Löneenheten räknar ut beloppet när reseräkningen "
          "lämnas in."),
    ("h2", "Resor och försäkring"),
    ("p", "Enligt kommunens resepolicy ska tåg väljas när restiden med tåg är högst sex timmar. Resan "
          "Alingsås–Amsterdam tar betydligt längre tid med tåg, och förvaltningschefen har därför godkänt "
          "flyg. Resorna bokas samlat av reseledaren genom kommunens resebyrå. Deltagarna får inte boka egna "
          "resor och får inte förlänga resan med privata dagar på kommunens bekostnad."),
    ("p", "Alla deltagare omfattas av kommunens tjänstereseförsäkring genom Kammarkollegiet. Deltagarna ska "
          "ändå ta med det europeiska sjukförsäkringskortet (EU-kortet), som beställs från Försäkringskassan. "
          "Det kostar inget att beställa kortet, men det tar upp till tio dagar att få det."),
    ("h2", "Medföljande"),
    ("p", "Resan är en tjänsteresa. Medföljande familjemedlemmar får inte delta i programmet, i de "
          "gemensamma måltiderna eller i de gemensamma transporterna, även om de betalar sina egna kostnader."),
    ("h1", "Efter resan"),
    ("p", "Studieresan ska leda till förändring i verksamheterna, inte bara till goda minnen. Därför gäller "
          "följande för alla deltagare:"),
    ("steps", ["Varje deltagare skriver en kort reflektion, högst två sidor, och lämnar den till reseledaren "
               "senast två veckor efter hemkomsten.",
               "Reseledaren sammanställer reflektionerna till en reserapport med förslag, som förvaltningens "
               "ledningsgrupp behandlar i november 2026.",
               "Reserapporten redovisas för vård- och omsorgsnämnden vid sammanträdet i december 2026.",
               "Alla enhetschefer inom förvaltningen bjuds in till ett lärseminarium den 20 januari 2027, där "
               "deltagarna berättar om vad de har sett.",
               "Enhetscheferna som deltog tar med sig minst en förbättringsidé till sin arbetsplatsträff "
               "under våren 2027."]),
    ("h1", "Förberedelser"),
    ("p", "Alla deltagare träffas för ett förberedande möte den 22 september 2026 kl. 13.00–16.00 i "
          "förvaltningens lokaler. Vid mötet går reseledaren igenom programmet och de praktiska "
          "detaljerna, och deltagarna delar upp sig i tre fokusgrupper som var och en ansvarar för att ställa "
          "frågor inom sitt område under besöken:"),
    ("bullets", ["Fokusgrupp 1: självstyrande team, planering och ledarskap i hemtjänsten",
                 "Fokusgrupp 2: boendemiljö, aktivitet och frihet i demensvården",
                 "Fokusgrupp 3: ekonomi, bemanning och hur modellerna kan passa svenska regler"]),
    ("p", "Inför mötet ska deltagarna ha läst en kort sammanställning om det nederländska vårdsystemet och "
          "två rapporter om svenska kommuners försök med Buurtzorg-inspirerade team, som reseledaren skickar "
          "ut i slutet av augusti."),
    ("p", "Det nederländska systemet skiljer sig från det svenska på flera punkter. Hemsjukvården betalas i "
          "huvudsak genom den obligatoriska sjukförsäkringen, medan kommunerna ansvarar för stöd i det "
          "dagliga livet. Den som besöker Nederländerna för att lära sig om äldreomsorg behöver därför vara "
          "försiktig med att dra direkta slutsatser om kostnader och ansvarsfördelning."),
    ("h1", "Frågor"),
    ("p", "Frågor om programmet och bokningarna besvaras av reseledaren Malin Forsberg. Frågor om "
          "traktamente och reseräkningar besvaras av löneenheten. Frågor om förtroendevaldas deltagande "
          "besvaras av nämndsekreteraren för vård- och omsorgsnämnden."),
]

# =============================================================================================
# F. Grants for associations' international projects 2026 – Swedish, PDF
# =============================================================================================

BIDRAG = [
    ("title", "Riktlinjer för bidrag till internationellt föreningssamarbete 2026"),
    ("p", "Antagna av kultur- och fritidsnämnden 2025-11-27, § 142. Gäller från den 1 januari 2026 och "
          "ersätter riktlinjerna från 2022."),
    ("h1", "1. Inledning"),
    ("p", "Alingsås kommuns internationella policy säger att kommunen ska uppmuntra föreningslivet att delta "
          "i internationellt samarbete och att vänortsföreningarna är bidragsberättigade. De här riktlinjerna "
          "beskriver vilka bidrag kultur- och fritidsnämnden lämnar för det ändamålet, vem som kan söka, hur "
          "man söker och hur bidraget ska redovisas."),
    ("p", "Nämnden lämnar tre slags bidrag till internationellt föreningssamarbete:"),
    ("bullets", ["verksamhetsbidrag till vänortsföreningar",
                 "projektbidrag till internationella föreningsprojekt",
                 "startbidrag till ungdomsföreningar som vill starta ett internationellt utbyte"]),
    ("p", "Den sammanlagda ramen för de tre bidragen är 420 000 kr för 2026. Av ramen är 120 000 kr "
          "avsatta för verksamhetsbidrag till vänortsföreningar. Resten fördelas som projektbidrag och "
          "startbidrag. När ramen är förbrukad kan inga fler bidrag beviljas under året."),
    ("h1", "2. Vem kan söka?"),
    ("p", "Bidrag kan sökas av ideella föreningar som uppfyller kommunens grundvillkor för föreningsbidrag:"),
    ("bullets", ["föreningen har sitt säte i Alingsås kommun",
                 "föreningen har antagna stadgar, en vald styrelse och håller årsmöte",
                 "föreningen har minst tio medlemmar",
                 "föreningen är öppen för alla och arbetar utifrån demokratiska värderingar",
                 "föreningen har ett eget bank- eller plusgirokonto"]),
    ("p", "Politiska partier och deras sidoorganisationer kan inte få bidrag enligt de här riktlinjerna. "
          "Religiösa samfund kan få bidrag för verksamhet som är öppen för alla, men inte för "
          "religionsutövning eller mission."),
    ("p", "Studieförbund, skolor och kommunala verksamheter kan inte söka. Enskilda personer kan inte heller "
          "söka, men en förening kan söka bidrag för ett projekt som en grupp medlemmar genomför."),
    ("h1", "3. Verksamhetsbidrag till vänortsföreningar"),
    ("p", "En vänortsförening är en förening vars huvudsakliga ändamål är att främja kontakterna mellan "
          "Alingsås och en av kommunens vänorter. För vänorterna i den nordiska vänortskedjan ansvarar "
          "kultur- och fritidsnämnden själv, och för de övriga vänorterna ansvarar respektive vänortsförening."),
    ("p", "Verksamhetsbidraget består av ett grundbidrag på 8 000 kr per förening och år och ett "
          "medlemsbidrag på 40 kr per medlem. Det sammanlagda verksamhetsbidraget kan bli högst 20 000 kr "
          "per förening och år."),
    ("p", "Ansökan om verksamhetsbidrag görs en gång per år och ska ha kommit in senast den 31 mars. Till "
          "ansökan bifogas verksamhetsberättelse, ekonomisk berättelse och revisionsberättelse för det "
          "senaste verksamhetsåret samt medlemsförteckning."),
    ("h1", "4. Projektbidrag till internationella föreningsprojekt"),
    ("p", "Projektbidrag kan sökas för avgränsade projekt där en förening i Alingsås samarbetar med en "
          "förening eller organisation i ett annat land. Projektet ska ha ett tydligt syfte, en tidsplan och "
          "en budget, och det ska ge något tillbaka till Alingsås, till exempel en utställning, en "
          "konsert, en föreläsning eller ett besök av den utländska partnern."),
    ("p", "Projektbidraget kan uppgå till högst 60 procent av projektets godkända kostnader och högst "
          "30 000 kr per projekt. En förening kan få projektbidrag för högst två projekt per kalenderår."),
    ("p", "Det finns två ansökningstillfällen per år. Ansökan ska ha kommit in senast den 1 mars för projekt "
          "som startar under perioden april–september och senast den 15 september för projekt som startar "
          "under perioden oktober–mars. Ansökan ska göras innan projektet startar; bidrag lämnas inte i "
          "efterhand."),
    ("h2", "Kostnader som inte kan få bidrag"),
    ("bullets", ["alkohol och representation utöver enklare förtäring",
                 "resor som i huvudsak är privata semesterresor",
                 "löner och arvoden till föreningens egna medlemmar",
                 "inköp av inventarier som kostar mer än 10 000 kr",
                 "kostnader som redan täcks av annat kommunalt bidrag",
                 "bistånd i form av pengar som föreningen skickar till partnern"]),
    ("h2", "Vem beslutar?"),
    ("p", "Ansökningar om projektbidrag på högst 15 000 kr beslutas av föreningshandläggaren på delegation. "
          "Ansökningar om mer än 15 000 kr beslutas av kultur- och fritidsnämndens arbetsutskott. Besked "
          "lämnas normalt inom sex veckor efter sista ansökningsdag."),
    ("newpage", None),
    ("h1", "5. Startbidrag till internationellt ungdomsutbyte"),
    ("p", "Startbidraget är till för ungdomsföreningar som vill ta första steget mot ett internationellt "
          "utbyte, till exempel genom ett planeringsmöte med en partnerorganisation eller en ansökan till "
          "Erasmus+ ungdom. Med ungdomsförening menas här en förening där minst 60 procent av medlemmarna är "
          "mellan 7 och 25 år."),
    ("p", "Startbidraget är 5 000 kr per förening och kan sökas löpande under året. En förening kan få "
          "startbidrag en gång. Ansökan görs på en enkel blankett och beslutas av föreningshandläggaren."),
    ("h1", "6. Så här söker du"),
    ("steps", ["Läs riktlinjerna och kontrollera att föreningen uppfyller grundvillkoren.",
               "Logga in i kommunens föreningsportal med föreningens användarkonto.",
               "Välj rätt bidragsform och fyll i ansökan med syfte, tidsplan, budget och uppgifter om "
               "partnern i det andra landet.",
               "Bifoga en avsiktsförklaring eller ett e-postmeddelande från partnern som visar att den vill "
               "delta.",
               "Skicka in ansökan senast sista ansökningsdag. Föreningen får en bekräftelse via e-post."]),
    ("p", "Föreningar som inte har något användarkonto i föreningsportalen kan beställa ett av "
          "föreningsservice. Det tar normalt två arbetsdagar."),
    ("h1", "7. Redovisning"),
    ("p", "Projektbidrag och startbidrag ska redovisas senast två månader efter att projektet har avslutats. "
          "Redovisningen görs i föreningsportalen och ska innehålla en kort beskrivning av vad som har "
          "genomförts, en ekonomisk redovisning och gärna bilder. Den som inte redovisar i tid kan inte få "
          "nya bidrag förrän redovisningen har kommit in."),
    ("p", "Om projektet inte genomförs, eller om kostnaderna blir lägre än beräknat så att bidraget "
          "överstiger 60 procent av de faktiska kostnaderna, ska föreningen betala tillbaka mellanskillnaden."),
    ("h1", "8. Exempel på beviljade projektbidrag 2025"),
    ("p", "Under 2025 beviljade nämnden elva projektbidrag till internationella föreningsprojekt, med "
          "sammanlagt 214 000 kr. Några exempel:"),
    ("grid", [["Förening", "Projekt", "Partnerland", "Bidrag"],
              ["Alingsås Körsällskap", "Gemensam konsert med en kör från Ekenäs", "Finland", "18 000 kr"],
              ["IK Ymer", "Träningsläger för juniorer med en klubb i Vilnius", "Litauen", "30 000 kr"],
              ["Alingsås Hemslöjdsförening", "Vävkurs med en vävare från Trondheim", "Norge", "9 500 kr"],
              ["Föreningen Alingsås–Gambia", "Skolbiblioteksprojekt, besök av två lärare", "Gambia", "24 000 kr"]]),
    ("p", "Av de elva projekten genomfördes tio. Ett projekt ställdes in och bidraget betalades tillbaka."),
    ("h1", "9. Vanliga frågor"),
    ("h2", "Kan vi söka både verksamhetsbidrag och projektbidrag?"),
    ("p", "Ja. En vänortsförening kan få verksamhetsbidrag och dessutom projektbidrag för ett avgränsat "
          "projekt, så länge samma kostnader inte finansieras två gånger."),
    ("h2", "Får bidraget användas till resor för föreningens medlemmar?"),
    ("p", "Ja, resor som ingår i projektet är godkända kostnader. Resor ska göras på ett kostnadseffektivt "
          "sätt, och föreningen ska kunna visa kvitton eller biljetter vid redovisningen."),
    ("h2", "Kan vi söka i efterhand om projektet blev dyrare än vi trodde?"),
    ("p", "Nej. Bidrag lämnas inte i efterhand, och ett beviljat bidrag kan inte höjas efter beslutet."),
    ("h1", "10. Andra stöd att känna till"),
    ("p", "Många internationella föreningsprojekt kan också få pengar från andra håll, till exempel "
          "Erasmus+ ungdom genom Myndigheten för ungdoms- och civilsamhällesfrågor, Nordisk kulturfond eller "
          "Föreningen Nordens fonder. Kommunens bidrag kan kombineras med sådana stöd, men den samlade "
          "offentliga finansieringen får inte överstiga projektets kostnader."),
    ("p", "Föreningshandläggaren Peter Sandin svarar på frågor om riktlinjerna och om föreningsportalen. "
          "Den vänortsansvariga tjänstemannen på kultur- och fritidsförvaltningen kan ge råd om kontakter "
          "med vänorterna."),
]

# =============================================================================================
# G. Nordic culture funding – Swedish, Word
# =============================================================================================

NORDISKT = [
    ("title", "Att söka nordiska kulturpengar – vägledning för kultur- och fritidsförvaltningen"),
    ("p", "Vägledning framtagen av kultur- och fritidsförvaltningens utvecklingsenhet i samråd med den "
          "internationella samordnaren. Senast reviderad 2026-01-28. Beloppen och villkoren nedan gäller "
          "enligt fondernas riktlinjer för 2026; kontrollera alltid fondens egen webbplats innan ni söker, "
          "eftersom villkoren ändras mellan åren."),
    ("h1", "Varför nordiskt samarbete?"),
    ("p", "Nordiskt kultursamarbete är ofta den enklaste vägen in i internationellt projektarbete för en "
          "kommunal kulturverksamhet. Språken ligger nära varandra, resorna är korta och fonderna har enklare "
          "ansökningar än EU-programmen. Alingsås kommun har sedan 2023 fått nordiska kulturmedel till fyra "
          "projekt, och flera föreningar i kommunen har fått stöd direkt."),
    ("p", "Vägledningen riktar sig till verksamheter inom kultur- och fritidsförvaltningen, till exempel "
          "biblioteken, kulturskolan, Alingsås museum och konsthallen, som vill söka pengar med kommunen som "
          "sökande. Föreningar som söker i eget namn behöver inte följa kommunens interna rutin, men är "
          "välkomna att fråga om råd."),
    ("h1", "Fonderna i korthet"),
    ("h2", "Nordisk kulturfond"),
    ("p", "Nordisk kulturfond är en fond som inrättades 1966 genom ett avtal mellan de nordiska länderna och "
          "som finansieras av Nordiska ministerrådet. Fonden stöder konst- och kulturprojekt med ett nordiskt "
          "perspektiv, och ett projekt ska som huvudregel involvera minst tre nordiska länder eller "
          "självstyrande områden, där Färöarna, Grönland och Åland räknas som egna områden."),
    ("p", "Fonden har två stödformer som är intressanta för kommunens verksamheter:"),
    ("bullets", ["Opstart – ett mindre stöd för att utveckla en projektidé och träffa partner, högst "
                 "50 000 danska kronor. Ansökan kan lämnas in löpande och besked ges inom sex veckor.",
                 "Projektstöd – för genomförande av projekt, från 50 000 upp till 500 000 danska kronor. "
                 "Ansökan lämnas in vid tre ansökningsomgångar per år."]),
    ("p", "Fonden kan inte ge stöd till projekt som redan har genomförts, till ordinarie drift eller till "
          "byggnader. Fonden finansierar sällan hela projektet; räkna med att andra finansiärer eller "
          "kommunens egen insats behöver stå för minst hälften av kostnaderna."),
    ("h2", "Kulturkontakt Nord"),
    ("p", "Kulturkontakt Nord är en nordisk institution med kontor i Helsingfors som förvaltar Nordiska "
          "ministerrådets kulturprogram. För kommunens verksamheter är två program mest aktuella: det "
          "nordisk-baltiska mobilitetsprogrammet för kultur, som ger stöd till resor och nätverk, och "
          "programmet Kultur- och konstprogrammet, som ger stöd till samarbetsprojekt."),
    ("p", "Mobilitetsstödet täcker resekostnader och uppehälle för kulturarbetare som reser i Norden och "
          "Baltikum. Ansökningarna bedöms av en extern bedömningsgrupp, och det tar normalt tre månader från "
          "sista ansökningsdag till beslut."),
    ("h2", "Föreningen Nordens fonder"),
    ("p", "Föreningen Norden förvaltar flera mindre fonder som stöder nordiskt utbyte för skolor och "
          "ungdomsgrupper. Beloppen är små, oftast några tusen kronor, men ansökan är enkel. Föreningen "
          "Norden har en lokalavdelning i Alingsås som kan hjälpa till med kontakter."),
    ("h2", "Jämförelse"),
    ("grid", [["Fond och stödform", "Belopp", "Ansökan", "Krav på länder"],
              ["Nordisk kulturfond, Opstart", "Högst 50 000 DKK", "Löpande", "Minst tre nordiska länder eller områden"],
              ["Nordisk kulturfond, Projektstöd", "50 000–500 000 DKK", "Tre omgångar per år", "Minst tre nordiska länder eller områden"],
              ["Kulturkontakt Nord, resebidrag", "Resor och uppehälle", "Två omgångar per år", "Resan ska gå till ett annat land i Norden eller Baltikum"],
              ["Föreningen Nordens fonder", "Några tusen kronor", "En gång per år", "Minst två nordiska länder"]]),
    ("h1", "Kommunens interna rutin"),
    ("p", "När kommunen är sökande gäller kommunens rutin för externa bidrag. Rutinen finns för att "
          "kommunen ska kunna stå för sin egen insats, för att bidrag ska redovisas rätt och för att samma "
          "projekt inte ska sökas två gånger av olika verksamheter."),
    ("steps", ["Stäm av projektidén med din enhetschef och kontrollera att det finns tid och pengar för "
               "kommunens egen insats.",
               "Anmäl projektidén till den internationella samordnaren senast fyra veckor före fondens "
               "ansökningsdag, med en kort beskrivning och en preliminär budget.",
               "Skriv ansökan. Utvecklingsenheten läser gärna ett utkast om den får det minst en vecka före "
               "ansökningsdagen.",
               "Låt förvaltningschefen godkänna ansökan. Förvaltningschefen skriver under eller godkänner att "
               "ansökan skickas in digitalt i kommunens namn.",
               "Skicka in ansökan och spara en kopia i ärendet i diariet.",
               "Meddela den internationella samordnaren och ekonomienheten när beslutet från fonden kommer."]),
    ("p", "Ansökningar om mer än 300 000 kr, räknat i svenska kronor, eller som binder kommunen till en "
          "egen insats i pengar under mer än ett år, ska beslutas av kultur- och fritidsnämnden innan de "
          "skickas in. Räkna med sex till åtta veckor för ett nämndbeslut."),
    ("h2", "Kommunens egen insats"),
    ("p", "Kommunens egen insats kan vara pengar eller arbetstid. Arbetstid värderas till faktisk lön plus "
          "personalomkostnadspålägg enligt ekonomienhetens aktuella procentsats. Lokaler som kommunen ändå "
          "har tillgång till får tas upp som egen insats bara om fonden uttryckligen godtar det."),
    ("h2", "Moms och valuta"),
    ("p", "Nordisk kulturfond betalar ut bidrag i danska kronor. Kommunen får tillbaka ingående moms genom "
          "momskompensationen och ska därför budgetera kostnaderna utan moms. Valutakursen räknas om av "
          "ekonomienheten när pengarna kommer in; en kursförlust kan inte föras över på fonden."),
    ("h1", "Exempel: Textilspår Norden"),
    ("p", "Projektet Textilspår Norden är ett exempel på hur stödformerna kan kombineras. Alingsås museum "
          "ville lyfta stadens textilhistoria tillsammans med museer i andra nordiska textilstäder. Museet "
          "fick 45 000 danska kronor i Opstart 2024 för två planeringsmöten, och 2025 beviljades projektet "
          "320 000 danska kronor i projektstöd för en vandringsutställning och en workshopserie."),
    ("p", "Partner i projektet är Alingsås museum, Tampereen museot i Finland, Textilmuseet i Herning i "
          "Danmark och Vestlandsmuseet i Norge, alltså fyra länder. Utställningen visas i Alingsås från den "
          "3 oktober 2026 till den 10 januari 2027."),
    ("p", "Kommunens egen insats i projektet är 410 000 kr, främst i form av arbetstid för museets "
          "personal. Eftersom egen insats i pengar binder kommunen under två år beslutade kultur- och "
          "fritidsnämnden om ansökan i september 2024."),
    ("h1", "Vanliga misstag"),
    ("bullets", ["Projektet startar innan beslutet har kommit. Kostnader före beslutsdatum ersätts inte.",
                 "För få nordiska länder. Ett samarbete mellan bara Sverige och Norge räcker inte för Nordisk "
                 "kulturfond.",
                 "Budgeten blandar moms och belopp utan moms.",
                 "Partnerna har inte bekräftat sitt deltagande skriftligt.",
                 "Kommunens egen insats är inte förankrad hos enhetschefen."]),
    ("h1", "Tidsplan för en typisk ansökan"),
    ("p", "En ansökan om projektstöd tar längre tid än många tror. Utvecklingsenheten rekommenderar följande "
          "tidsplan, räknat bakåt från fondens ansökningsdag:"),
    ("grid", [["När", "Vad"],
              ["Tolv veckor före", "Projektidé klar, första kontakt med tänkbara partner"],
              ["Åtta veckor före", "Partnerna har bekräftat sitt deltagande; preliminär budget"],
              ["Fyra veckor före", "Anmälan till den internationella samordnaren"],
              ["Två veckor före", "Utkast till utvecklingsenheten för läsning"],
              ["En vecka före", "Förvaltningschefen godkänner ansökan"]]),
    ("p", "Om ansökan kräver ett beslut i kultur- och fritidsnämnden behöver tidsplanen förlängas, eftersom "
          "nämnden inte sammanträder i juli."),
    ("h1", "Frågor och stöd"),
    ("p", "Utvecklingsenheten på kultur- och fritidsförvaltningen hjälper till med ansökningar till nordiska "
          "fonder. Kontaktperson är kulturutvecklaren Hanna Vik. Frågor om kommunens rutin för externa "
          "bidrag och om EU-program besvaras av den internationella samordnaren."),
]

# =============================================================================================
# H. Cooperation with Powiat Kartuski (Poland) – Swedish, Word
# =============================================================================================

KARTUZY = [
    ("title", "Samarbetet mellan Alingsås kommun och Powiat Kartuski 2026–2028"),
    ("p", "Handlingsplan till avsiktsförklaringen om samarbete. Framtagen av kommunledningskontoret och "
          "godkänd av kommunstyrelsens arbetsutskott 2026-02-09. Dnr KS 2025/412."),
    ("h1", "1. Bakgrund"),
    ("p", "Powiat Kartuski är ett distrikt (powiat) i vojvodskapet Pommern i norra Polen, omkring 30 kilometer "
          "väster om Gdańsk. Distriktet har omkring 140 000 invånare i åtta kommuner (gminy), och "
          "centralorten är Kartuzy. Området är en del av Kasjubien och är känt för sina många sjöar, sitt "
          "kasjubiska språk och en växande besöksnäring."),
    ("p", "Kontakterna mellan Alingsås och Kartuzy började 2023, när en grupp lärare från yrkesskolan i "
          "Kartuzy besökte Alströmergymnasiet. Under 2024 och 2025 följde flera besök om vattenvård, och den "
          "20 november 2025 undertecknade kommunstyrelsens ordförande och distriktets starosta en "
          "avsiktsförklaring om samarbete i Kartuzy."),
    ("p", "Samarbetet är inte ett vänortsavtal. Det är ett tidsbegränsat samarbete om konkreta sakfrågor under "
          "perioden 2026–2028. Om parterna efter utvärderingen 2028 vill göra samarbetet till en formell "
          "vänortsrelation är det kommunfullmäktige som beslutar om det."),
    ("h1", "2. Mål och samarbetsområden"),
    ("p", "Målet är att båda parter ska lösa konkreta problem i sina egna verksamheter genom att lära av "
          "varandra, och att samarbetet ska leda till minst en gemensam ansökan om extern finansiering före "
          "utgången av 2027. Avsiktsförklaringen omfattar tre samarbetsområden:"),
    ("bullets", ["Vattenvård och sjörestaurering – erfarenheter från arbetet med övergödning i sjöarna Mjörn "
                 "och Gerdsken och i sjön Klasztorne i Kartuzy",
                 "Yrkesutbildning – utbyte mellan Alströmergymnasiets yrkesprogram och yrkesskolan i Kartuzy, "
                 "med inriktning på bygg, el och restaurang",
                 "Besöksnäring och landsbygdsturism – marknadsföring av natur och kulturarv samt samarbete "
                 "mellan lokala företag"]),
    ("p", "Energi och avfall diskuterades under förhandlingarna men togs inte med i avsiktsförklaringen, "
          "eftersom ingen av parterna hade resurser att driva frågorna under perioden."),
    ("h1", "3. Organisation"),
    ("p", "Samarbetet leds av en gemensam styrgrupp med tre ledamöter från varje part. Från Alingsås ingår "
          "kommunstyrelsens ordförande, kommundirektören och den internationella samordnaren. Styrgruppen "
          "sammanträder två gånger per år, växelvis i Alingsås och Kartuzy, och däremellan digitalt vid behov."),
    ("p", "Varje samarbetsområde har en arbetsgrupp med en kontaktperson från vardera parten. "
          "Kontaktpersonen i Alingsås för vattenvården är miljöstrategen Johan Berglund, för yrkesutbildningen "
          "rektorn för Alströmergymnasiets yrkesprogram och för besöksnäringen näringslivsutvecklaren Oskar "
          "Wik."),
    ("p", "Arbetsspråket är engelska. Vid styrgruppens möten och vid politiska besök anlitas tolk mellan "
          "svenska och polska, eftersom inte alla förtroendevalda talar engelska. Tolkkostnaden betalas av den "
          "part som står värd för mötet."),
    ("h1", "4. Budget"),
    ("p", "Kommunstyrelsen har avsatt 180 000 kr per år under 2026–2028 för samarbetet. Pengarna får användas "
          "till resor och boende för Alingsås deltagare, tolk, värdskap när delegationer från Kartuzy besöker "
          "Alingsås och förstudier inför ansökningar om extern finansiering. Powiat Kartuski betalar sina egna "
          "deltagares resor och boende."),
    ("p", "Lönekostnader för kommunens personal belastar respektive förvaltning och ingår inte i de "
          "180 000 kronorna."),
    ("grid", [["Post", "Budget 2026", "Kommentar"],
              ["Resor och boende, besök i Kartuzy", "72 000 kr", "Högst sex deltagare från Alingsås"],
              ["Värdskap vid besök i Alingsås", "38 000 kr", "Måltider, lokal, studiebesök, lokala transporter"],
              ["Tolk", "30 000 kr", "Svenska–polska vid styrgruppens möten"],
              ["Förstudie inför extern ansökan", "40 000 kr", "Konsultstöd för ansökningsskrivande"],
              ["Summa", "180 000 kr", ""]]),
    ("h1", "5. Aktiviteter 2026"),
    ("grid", [["Tid", "Aktivitet", "Plats"],
              ["14–16 april 2026", "Besök av delegation från Powiat Kartuski, högst åtta personer, "
                                   "med tema vattenvård", "Alingsås"],
              ["Maj 2026", "Digitalt möte i arbetsgruppen för yrkesutbildning", "Digitalt"],
              ["22–25 september 2026", "Besök i Kartuzy med styrgruppsmöte och studiebesök på yrkesskolan",
               "Kartuzy"],
              ["November 2026", "Workshop om en gemensam ansökan om extern finansiering", "Digitalt"]]),
    ("p", "Vid besöket i april visas reningsverket, provtagningen i Mjörn och kommunens arbete med "
          "skyddszoner längs vattendrag mot övergödning i jordbrukslandskapet. Delegationens program fastställs av "
          "styrgruppen senast den 15 mars 2026."),
    ("h1", "6. Extern finansiering"),
    ("p", "Parterna vill hitta extern finansiering för ett större projekt om vattenvård från 2028. Tre "
          "alternativ har undersökts:"),
    ("bullets", ["Interreg South Baltic – programmet omfattar Pommern men inte Västra Götaland. Alingsås "
                 "ligger alltså utanför programområdet och kan inte vara ordinarie projektpartner, men kan "
                 "delta som associerad partner utan egen budget.",
                 "Interreg Baltic Sea Region – hela Sverige och Polen ingår, men projekten kräver partner från "
                 "minst tre länder. Parterna behöver därför ytterligare minst en partner.",
                 "Svenska Institutets program för samarbete i Östersjöregionen – kan finansiera förstudier och "
                 "nätverk, men ansökan kräver en partner i ett land utanför EU."]),
    ("p", "Styrgruppen har gett den internationella samordnaren i uppdrag att ta fram ett förslag till "
          "ansökan inom Interreg Baltic Sea Region tillsammans med West Sweden. Förslaget ska redovisas för "
          "styrgruppen vid mötet i september 2026."),
    ("h1", "7. Resor till Polen"),
    ("p", "Resor till Kartuzy görs normalt med flyg från Göteborg till Gdańsk och därifrån med hyrbil eller "
          "buss. Färjan Karlskrona–Gdynia är ett alternativ när gruppen ska ta med material. Högst sex "
          "deltagare från Alingsås kan resa på samarbetets budget vid ett och samma besök."),
    ("p", "Deltagare ska ha med sig det europeiska sjukförsäkringskortet. Resorna bokas genom kommunens "
          "resebyrå och godkänns av respektive förvaltningschef. Förtroendevalda reser efter beslut av "
          "kommunstyrelsens arbetsutskott."),
    ("h1", "8. Historik"),
    ("p", "Kontakterna före avsiktsförklaringen sammanfattas i tabellen:"),
    ("grid", [["År", "Händelse"],
              ["2023", "Sex lärare från yrkesskolan i Kartuzy besöker Alströmergymnasiet under en vecka"],
              ["2024", "Två tjänstepersoner från Alingsås besöker Kartuzy och sjön Klasztorne"],
              ["2025", "Digitala möten om vattenvård; förhandlingar om avsiktsförklaringen"],
              ["2025-11-20", "Avsiktsförklaringen undertecknas i Kartuzy"]]),
    ("h2", "Bra att veta om Kasjubien"),
    ("p", "Kasjubiska är ett erkänt regionalt språk i Polen, och många skyltar i Kartuzy är tvåspråkiga. "
          "Kasjuberna är stolta över sin egen kultur, och det uppskattas om besökare visar intresse för den. "
          "Stadens främsta sevärdhet är kartusianerklostret med kyrkan vars tak är format som en "
          "kista. Kasjubiska museet i Kartuzy är värt ett besök."),
    ("p", "I Polen är det vanligt att officiella möten inleds med korta tal av de högsta företrädarna och att "
          "gästerna får en gåva. Den internationella samordnaren har gåvor från Alingsås som kan lämnas "
          "vid sådana tillfällen."),
    ("h1", "9. Uppföljning"),
    ("p", "Kommunledningskontoret redovisar samarbetet i kommunstyrelsens årliga redovisning av det "
          "internationella arbetet. En gemensam utvärdering görs under hösten 2028 och ligger till grund för "
          "beslut om en eventuell fortsättning. Utvärderingen ska särskilt belysa om samarbetet har lett till "
          "förändringar i de egna verksamheterna och om en extern ansökan har lämnats in."),
]

# =============================================================================================
# I. ICLD municipal partnership with Lobatse – English, Word
# =============================================================================================

LOBATSE = [
    ("title", "Municipal partnership Alingsås–Lobatse: project plan 2026–2028"),
    ("p", "Project plan for the municipal partnership between Alingsås Municipality, Sweden, and Lobatse "
          "Town Council, Botswana, within the Municipal Partnership Programme of ICLD. Approved by the "
          "political steering group on 27 November 2025. English is the working language of the partnership."),
    ("h1", "1. About ICLD and the Municipal Partnership Programme"),
    ("p", "ICLD, the Swedish International Centre for Local Democracy, is a Sida-funded organisation based in "
          "Visby that works to strengthen local democracy in low- and middle-income countries. ICLD is owned "
          "by the Swedish Association of Local Authorities and Regions (SKR) and supports cooperation between "
          "Swedish municipalities and regions and local governments in partner countries."),
    ("p", "In the Municipal Partnership Programme a Swedish municipality and a partner municipality work "
          "together on a shared challenge related to local democracy, for example citizen participation, "
          "transparency, gender equality or the inclusion of marginalised groups. ICLD finances the costs of "
          "the cooperation, but the partners contribute their own staff time."),
    ("p", "A partnership normally starts with an inception project of up to one year, in which the partners "
          "get to know each other and agree on a common challenge. It can then continue with a project of up "
          "to three years at a time."),
    ("h1", "2. Background of the partnership"),
    ("p", "Lobatse is a town of about 30 000 inhabitants in south-eastern Botswana, close to the border "
          "with South Africa. The town has grown quickly, and the Town Council has difficulties collecting "
          "household waste in the new residential areas, where illegal dumping has become a problem."),
    ("p", "Alingsås and Lobatse carried out an inception project in 2025 with a grant of SEK 240 000 from "
          "ICLD. The inception project included one visit in each direction and a joint analysis, which "
          "showed that the waste problem is closely connected to low trust between residents and the Town "
          "Council and to the lack of channels for residents to make their voices heard."),
    ("h1", "3. The project 2026–2028"),
    ("p", "The project is called Clean Lobatse, Clean Alingsås – citizen dialogue for sustainable waste "
          "management. Its objective is that residents in both towns take a more active part in decisions "
          "on waste management, and that the Town Council of Lobatse has a working method for citizen "
          "dialogue by the end of 2028."),
    ("p", "ICLD approved the project in December 2025 with a total grant of SEK 1 480 000 for the three "
          "years. The grant is paid to Alingsås Municipality, which is the formal applicant and is "
          "responsible for reporting to ICLD and for transferring funds for local activities to Lobatse."),
    ("h2", "Expected results"),
    ("bullets", ["A model for citizen dialogue on waste, tested in two residential areas in Lobatse and one "
                 "in Alingsås",
                 "A youth council in Lobatse that gives advice to the Town Council on environmental questions",
                 "Better information to residents about collection days and recycling, in Setswana and English",
                 "Twelve staff members and councillors from each side trained in dialogue methods"]),
    ("h2", "What we will not do"),
    ("p", "ICLD does not fund investments. The project will not buy waste trucks, containers or other "
          "equipment, and it does not pay for construction. Alingsås will also not give used vehicles or "
          "equipment to Lobatse within the project."),
    ("h1", "4. Organisation"),
    ("p", "Each partnership in the programme has a political steering group. The steering group of "
          "Alingsås and Lobatse has six members, three from each side, and in each delegation at least one "
          "member represents the political opposition, as ICLD requires. From Alingsås the members are the "
          "first vice-chair of the Municipal Executive Board, the chair of the Environment Committee and a "
          "member of the opposition in the Municipal Executive Board."),
    ("p", "The project is carried out by a working group of four officials from each side. The coordinator "
          "in Alingsås is Fatima Haddad at the Municipal Executive Office. She leads the Swedish working "
          "group, prepares the visits and writes the reports to ICLD. Her counterpart in Lobatse is the Town "
          "Council's principal environmental health officer."),
    ("p", "Alingsås Energi and the municipal waste service are represented in the working group, because "
          "they are responsible for waste collection in Alingsås."),
    ("h1", "5. Budget"),
    ("p", "The table shows the approved budget for 2026. Amounts are in Swedish kronor."),
    ("grid", [["Cost category", "2026 (SEK)", "Comment"],
              ["Travel Alingsås–Lobatse", "168 000", "Two visits, six participants per visit"],
              ["Travel Lobatse–Alingsås", "132 000", "One visit, six participants"],
              ["Workshops and local activities", "95 000", "Dialogue meetings, youth council, printing"],
              ["Interpretation and translation", "25 000", "Setswana–English at public meetings"],
              ["Administration", "40 000", "Flat rate"],
              ["Total 2026", "460 000", ""]]),
    ("p", "Salaries for staff in Alingsås are not eligible costs and are paid by each department. For the "
          "participants from Lobatse, ICLD pays a daily allowance during visits to Sweden, at the rate set in "
          "ICLD's guidelines."),
    ("h1", "6. Travel"),
    ("p", "Travel between Sweden and Botswana goes via Johannesburg, from where the group continues by car "
          "to Lobatse, about a four-hour drive. Swedish citizens do not need a visa for stays in Botswana of "
          "up to 90 days. Participants from Lobatse need a Schengen visa to visit Alingsås, and the visa "
          "application should be submitted at least eight weeks before the trip."),
    ("p", "Before travelling to Botswana every participant from Alingsås must:"),
    ("bullets", ["complete ICLD's online course on safety when travelling",
                 "check the travel advice of the Swedish Ministry for Foreign Affairs",
                 "register the trip with the Swedish embassy's registration service, Swedes abroad",
                 "book a consultation with the occupational health service about vaccinations"]),
    ("p", "Vaccinations and malaria prophylaxis that the occupational health service recommends are paid by "
          "the participant's department, not by the ICLD grant."),
    ("h1", "7. Activity plan 2026"),
    ("grid", [["When", "Activity", "Where"],
              ["February 2026", "Digital start-up meeting of the working groups", "Online"],
              ["23–27 March 2026", "Visit to Lobatse: baseline survey in two residential areas, training in "
                                   "dialogue methods", "Lobatse"],
              ["8–12 June 2026", "Visit of six participants from Lobatse to Alingsås, including the "
                                 "recycling centre and a citizen dialogue in Noltorp", "Alingsås"],
              ["October 2026", "Second visit to Lobatse: launch of the youth council, meeting of the "
                               "political steering group", "Lobatse"],
              ["December 2026", "Joint evaluation of the first year", "Online"]]),
    ("h2", "Risks"),
    ("bullets", ["Elections: Botswana holds local elections in 2029, and new councillors may change priorities. "
                 "The partnership therefore involves the opposition from the start.",
                 "Staff turnover: both sides document methods and decisions so that new staff can take over.",
                 "Travel: visa delays for the participants from Lobatse. Invitation letters are sent at least "
                 "ten weeks before each visit."]),
    ("h2", "Gender equality and inclusion"),
    ("p", "ICLD requires that partnerships consider gender equality in all activities. In Lobatse, women are "
          "responsible for most household waste but are under-represented at public meetings. The dialogue "
          "meetings will therefore be held at times and places that suit women with small children, and at "
          "least half of the members of the youth council shall be young women."),
    ("h1", "8. Reporting to ICLD"),
    ("p", "A narrative and financial annual report must be submitted to ICLD by 31 January each year for the "
          "previous calendar year. The final report for the whole project is due three months after the "
          "project ends, by 31 March 2029. Since the grant exceeds SEK 1 000 000, the final financial report "
          "must be reviewed by the municipality's auditors."),
    ("p", "Unused funds at the end of a year may be carried over to the next year of the project after "
          "written approval from ICLD. Funds that are not used when the project ends must be paid back."),
    ("h1", "9. Lessons from the inception project"),
    ("p", "The inception project in 2025 gave both partners important lessons, which have shaped this plan:"),
    ("bullets", ["Residents in Lobatse were more willing to speak at small meetings in their own "
                 "neighbourhood than at large meetings at the Town Council offices.",
                 "Radio is the most effective channel for information in Lobatse; social media reaches mainly "
                 "young people.",
                 "In Alingsås, the dialogue about a new recycling station in Noltorp showed that residents want "
                 "feedback on what happened to their proposals.",
                 "Both sides underestimated the time needed between visits; the activity plan for 2026 "
                 "therefore has fewer but longer visits."]),
    ("p", "The partners also agreed that the political steering group should meet in connection with the "
          "visits, instead of holding separate digital meetings, because the digital meetings in 2025 were "
          "often disturbed by poor internet connections."),
    ("h1", "10. Contacts"),
    ("p", "The coordinator Fatima Haddad answers questions about the project and the visits. The "
          "international coordinator at the Municipal Executive Office answers questions about other "
          "international partnerships of the municipality and about ICLD's other programmes."),
]


# =============================================================================================
# J. Erasmus+ job shadowing for adult education staff – Swedish, Word
# =============================================================================================

JOBBSKUGGNING = [
    ("title", "Jobbskuggning i Europa för personal inom vuxenutbildningen – Erasmus+ 2026"),
    ("p", "Information och rutin för lärare, studie- och yrkesvägledare och skolledare på Alingsås "
          "lärcentrum (Komvux och SFI). Framtagen av lärcentrums utvecklingsgrupp. Version 2026-02-02."),
    ("h1", "Vad är jobbskuggning?"),
    ("p", "Jobbskuggning innebär att en medarbetare följer en kollega med liknande uppgifter i ett annat land "
          "under några dagar och ser hur arbetet går till där. Jobbskuggning är en av de aktiviteter som "
          "Erasmus+ finansierar inom vuxenutbildning. Den skiljer sig från en kurs genom att medarbetaren "
          "lär sig i det dagliga arbetet, inte i ett klassrum."),
    ("p", "En jobbskuggning inom Erasmus+ vuxenutbildning ska pågå i minst två och högst 60 dagar, "
          "restid oräknad. På lärcentrum är de flesta jobbskuggningar fem arbetsdagar långa."),
    ("h1", "Så finansieras jobbskuggningen"),
    ("p", "Alingsås lärcentrum har ingen egen ackreditering inom Erasmus+. Lärcentrum söker i stället "
          "kortvariga projekt för mobilitet, som kan ge stöd till högst 30 deltagare per projekt och pågår i "
          "sex till arton månader. Ansökan görs till Universitets- och högskolerådet, som är nationellt "
          "programkontor för Erasmus+ utbildning i Sverige."),
    ("p", "Lärcentrum beviljades i juli 2025 ett kortvarigt projekt för perioden 1 september 2025 till 28 "
          "februari 2027 med 186 000 kr. Projektet räcker till tolv jobbskuggningar. Till och med februari "
          "2026 har fem av dem genomförts."),
    ("p", "Erasmus+ betalar bidrag enligt fasta belopp: ett resebidrag som beror på avståndet och om man "
          "reser grönt, ett bidrag per dag till uppehälle och ett organisationsstöd per deltagare. "
          "Bidraget för uppehälle varierar mellan länderna. Resor med tåg eller buss ger ett högre resebidrag "
          "och upp till fyra extra resdagar."),
    ("p", "Eftersom bidragen är schablonbelopp redovisas inte kvitton till Universitets- och högskolerådet. "
          "Kommunen betalar resor och hotell på vanligt sätt och bokför bidraget som intäkt i projektet. Om "
          "de faktiska kostnaderna blir högre än bidraget står lärcentrum för mellanskillnaden."),
    ("h1", "Mål för jobbskuggningen 2025–2027"),
    ("p", "Jobbskuggningarna ska bidra till lärcentrums utvecklingsplan. I ansökan angavs tre mål:"),
    ("bullets", ["bättre metoder för att kombinera svenska för invandrare med yrkesutbildning",
                 "mer flexibla studievägar för vuxna som arbetar samtidigt som de studerar",
                 "bättre validering av kunskaper som vuxna har skaffat sig i andra länder"]),
    ("h2", "Mottagande organisationer"),
    ("p", "Lärcentrum har avtal med tre mottagande organisationer. Andra organisationer kan bli aktuella om "
          "de passar målen."),
    ("grid", [["Organisation", "Ort", "Inriktning", "Platser i projektet"],
              ["Omnia", "Esbo, Finland", "Språk och yrkesutbildning för vuxna invandrare", "5"],
              ["VUC Syd", "Haderslev, Danmark", "Flexibel vuxenutbildning och distansstudier", "4"],
              ["Centro de Formación de Personas Adultas", "Valencia, Spanien", "Validering av kunskaper", "3"]]),
    ("h1", "Vem kan åka?"),
    ("p", "Alla tillsvidareanställda och visstidsanställda med en anställning som varar minst sex månader "
          "efter hemkomsten kan söka. Timanställda kan inte åka inom projektet. Medarbetaren behöver inte "
          "kunna det andra landets språk, men ska kunna samtala på engelska."),
    ("p", "Urvalet görs av rektorerna på lärcentrum. Rektorerna tar hänsyn till hur väl den sökandes plan "
          "passar projektets mål, till hur många från samma arbetslag som redan har åkt och till om den "
          "sökande har varit utomlands i tjänsten tidigare. Den som aldrig har deltagit i en utlandsaktivitet "
          "har förtur om två sökande står lika."),
    ("h1", "Så här går det till"),
    ("steps", ["Läs igenom projektets mål och välj mottagande organisation.",
               "Fyll i intresseanmälan på intranätet. Sista dag för intresseanmälan är den 15 april 2026 för "
               "jobbskuggningar hösten 2026 och den 15 oktober 2026 för jobbskuggningar våren 2027.",
               "Rektorerna fattar beslut om urvalet inom tre veckor.",
               "Skriv ett lärandeavtal (learning agreement) tillsammans med den mottagande organisationen. "
               "Avtalet beskriver vad du ska göra och lära dig.",
               "Boka resan genom kommunens resebyrå. Samordnaren godkänner bokningen.",
               "Genomför jobbskuggningen och för anteckningar varje dag.",
               "Fyll i EU:s deltagarrapport, som skickas ut via e-post efter hemkomsten, inom 30 dagar.",
               "Dela med dig av det du har lärt dig på en arbetsplatsträff inom två månader."]),
    ("h1", "Arbetstid, traktamente och försäkring"),
    ("p", "Jobbskuggningen räknas som arbetstid. Resdagar räknas som arbetsdagar enligt kommunens regler för "
          "tjänsteresor. Traktamente betalas enligt kommunens resereglemente och Skatteverkets normalbelopp."),
    ("p", "Medarbetaren omfattas av kommunens tjänstereseförsäkring. Den som reser med tåg till Danmark eller "
          "Finland får ta med sig en extra resdag åt vardera hållet utan att det påverkar semestern."),
    ("h1", "Vanliga frågor"),
    ("h2", "Får jag ta med min familj?"),
    ("p", "Familjemedlemmar får följa med på egen bekostnad, men inte delta i jobbskuggningen. Bidraget från "
          "Erasmus+ får bara användas till deltagarens egna kostnader."),
    ("h2", "Kan jag åka två gånger?"),
    ("p", "Ja, men först när alla som har sökt till samma termin har fått möjlighet att åka en gång."),
    ("h2", "Kan jag gå en kurs i stället?"),
    ("p", "Ja. Projektet kan även finansiera strukturerade kurser, till exempel en veckas kurs i metodik för "
          "vuxenlärare. Kursavgiften ersätts med 80 euro per dag, högst 800 euro per deltagare. Kurser som "
          "är dyrare än så får lärcentrum betala mellanskillnaden för."),
    ("h2", "Vem samordnar projektet?"),
    ("p", "Projektet samordnas av förstelärare Ahmed Nouri, som har fyra timmar per vecka avsatta för "
          "Erasmus+. Han hjälper till med lärandeavtal, bokningar och rapporter. Frågor om lärcentrums "
          "eventuella deltagande i en gemensam ackreditering med Göteborgsregionen besvaras av "
          "verksamhetschefen för vuxenutbildningen."),
]

# =============================================================================================
# K. Library network trip to Riga and Tartu – English, PDF
# =============================================================================================

BIBLIOTEK = [
    ("title", "Libraries as meeting places: report from a network trip to Riga and Tartu, October 2025"),
    ("p", "Travel report by Alingsås City Library, written for the Nordic-Baltic Mobility Programme for "
          "Culture and for the Culture and Leisure Committee. Submitted 15 December 2025."),
    ("h1", "Summary"),
    ("p", "Four staff members from Alingsås City Library visited libraries in Riga, Latvia, and Tartu, "
          "Estonia, from 13 to 17 October 2025. The purpose was to learn how Baltic public libraries work "
          "as meeting places for people of different languages and generations, and to build a network for "
          "a future cooperation project. The trip was financed with a network grant from the Nordic-Baltic "
          "Mobility Programme for Culture, administered by the Nordic Culture Point."),
    ("p", "The trip led to an agreement with the Tartu City Library to apply together for project funding "
          "in 2026, and to several ideas that the library has already tested in Alingsås."),
    ("h1", "Background"),
    ("p", "Alingsås City Library has more than 180 000 visits a year. Since 2022 the library has developed "
          "language cafés, homework help and events for newcomers, and the number of visitors who speak "
          "other languages than Swedish has grown. The library wanted to see how libraries in the Baltic "
          "states, where a large share of the population speaks Russian as their first language, work with "
          "language and inclusion."),
    ("p", "The idea for the trip came from a conference in Helsinki in 2024, where the head of the library "
          "met colleagues from the National Library of Latvia and the Tartu City Library."),
    ("h1", "Funding"),
    ("p", "The library applied for a network grant in the Nordic-Baltic Mobility Programme for Culture in "
          "February 2025 and received EUR 6 400 in June 2025. A network grant requires partners from at "
          "least three countries in the Nordic and Baltic region; the partners in this application were "
          "Alingsås City Library (Sweden), the National Library of Latvia and the Tartu City Library "
          "(Estonia)."),
    ("grid", [["Cost", "Budget (EUR)", "Actual (EUR)"],
              ["Flights Gothenburg–Riga and Tartu–Gothenburg via Tallinn, 4 persons", "1 900", "2 140"],
              ["Bus Riga–Tartu, 4 persons", "160", "144"],
              ["Hotel, 4 nights, 4 persons", "2 560", "2 410"],
              ["Daily allowance and local transport", "1 280", "1 320"],
              ["Gifts and small costs", "500", "0"],
              ["Total", "6 400", "6 014"]]),
    ("p", "The unused EUR 386 was paid back to the Nordic Culture Point together with the report. The "
          "library's own contribution was the working time of the four participants, which was paid from "
          "the library's ordinary budget."),
    ("newpage", None),
    ("h1", "Programme"),
    ("h2", "Riga, 13–15 October"),
    ("p", "In Riga the group visited the National Library of Latvia, known as the Castle of Light, and two "
          "branch libraries in the districts of Purvciems and Imanta. The National Library runs a programme "
          "in which volunteers read with children in Latvian and Russian, and it has a service that helps "
          "older people use digital public services. The branch library in Imanta had turned a former "
          "storage room into a quiet study room for upper secondary students, which was fully booked every "
          "afternoon."),
    ("h2", "Tartu, 16–17 October"),
    ("p", "Tartu City Library is the largest public library in southern Estonia. The group studied the "
          "library's makerspace, its programme of Estonian conversation groups for adults who are learning "
          "the language, and the library's cooperation with the University of Tartu on reading promotion for "
          "teenagers. The group also met the city's culture department to discuss a joint project."),
    ("h1", "What we learned"),
    ("bullets", ["Conversation groups work best when they are led by trained volunteers and meet at the same "
                 "time every week, all year round.",
                 "Quiet study places are in high demand among teenagers; the libraries book them through a "
                 "simple online calendar.",
                 "Digital help for older people is more effective when it is given one to one, by appointment.",
                 "A makerspace attracts groups that rarely visit the library, especially teenage boys."]),
    ("h1", "Results in Alingsås"),
    ("p", "Since the trip the library has introduced bookable quiet study places for students on the "
          "second floor, with six places that can be booked for up to three hours at a time. The library has "
          "also started a weekly Swedish conversation group on Wednesday evenings, led by volunteers from the "
          "Red Cross."),
    ("p", "The library and the Tartu City Library have agreed to apply for project support from the Nordic "
          "Culture Point's Culture and Art Programme in 2026, with a project on reading promotion for "
          "teenagers. A third partner, in Finland or Lithuania, is still being sought."),
    ("h1", "Practical lessons for other trips"),
    ("p", "The group travelled by air because the train and ferry alternative would have taken two extra "
          "days each way. Between Riga and Tartu the group took the bus, which takes about four hours. All "
          "meetings were held in English; in Riga one of the hosts interpreted into Latvian for the branch "
          "library staff."),
    ("p", "The group recommends that future trips plan at least half a day without visits, to have time to "
          "discuss what the participants have seen while it is still fresh."),
    ("h1", "Contact"),
    ("p", "Questions about the trip and the planned project can be sent to the head of Alingsås City Library, "
          "Annika Roos."),
]

# =============================================================================================
# L. Alingsås in brief for international partners – English, Word
# =============================================================================================

FAKTA = [
    ("title", "Alingsås in brief – fact sheet for international partners"),
    ("p", "Fact sheet produced by the Communications Unit and the international coordinator for use in "
          "project applications, presentations and partner meetings. Figures refer to 31 December 2025 "
          "unless otherwise stated. Edition March 2026."),
    ("h1", "Location and population"),
    ("p", "Alingsås is a municipality in the county of Västra Götaland in western Sweden, about 45 kilometres "
          "north-east of Gothenburg. The journey by train to Gothenburg Central Station takes 25 to 35 "
          "minutes, and Göteborg Landvetter Airport is about 40 minutes away by car."),
    ("p", "The municipality had 42 318 inhabitants at the end of 2025, of whom about 29 000 live in the town "
          "of Alingsås. The rest live in smaller localities such as Ingared, Sollebrunn and Gräfsnäs and in "
          "the countryside. The municipality covers 519 square kilometres, of which about one tenth is water. "
          "The largest lakes are Mjörn, Gerdsken and Ömmern."),
    ("p", "About 16 per cent of the inhabitants were born outside Sweden. The most common countries of birth "
          "after Sweden are Syria, Finland, Iraq and Poland."),
    ("h1", "History"),
    ("p", "Alingsås received its town charter in 1619. In the 1720s the merchant Jonas Alströmer founded "
          "textile manufactories in the town, and Alingsås became one of the cradles of Swedish industry. "
          "Alströmer is also remembered for promoting the potato in Sweden, which the town celebrates every "
          "year with a potato festival. The textile industry dominated the town until the 1970s."),
    ("h1", "Local government"),
    ("p", "Alingsås Municipality is governed by a municipal council with 51 members, elected every four "
          "years at the same time as the national parliament. The most recent election was held in September "
          "2022, and the next is held in September 2026. The municipal council appoints the Municipal "
          "Executive Board, which leads and coordinates the municipality's work, and a number of committees "
          "for different sectors."),
    ("p", "The municipality is responsible for compulsory and upper secondary schools, preschools, adult "
          "education, social services, elderly care, culture and leisure, water and waste, planning and "
          "building permits and the local rescue service. Health care is the responsibility of the region, "
          "Region Västra Götaland."),
    ("grid", [["Committee", "English name to use"],
              ["Kommunfullmäktige", "Municipal Council"],
              ["Kommunstyrelsen", "Municipal Executive Board"],
              ["Barn- och ungdomsnämnden", "Children and Youth Committee"],
              ["Vård- och omsorgsnämnden", "Health and Social Care Committee"],
              ["Kultur- och fritidsnämnden", "Culture and Leisure Committee"],
              ["Samhällsbyggnadsnämnden", "Community Planning Committee"]]),
    ("h1", "Organisation and economy"),
    ("p", "The municipality is the largest employer in Alingsås, with about 3 900 employees. It also owns "
          "several companies, among them the housing company Alingsåshem and the energy company Alingsås "
          "Energi. The municipality's budget for 2026 has operating costs of about SEK 3,6 billion."),
    ("p", "Municipal income tax is the main source of income. In 2026 the municipal tax rate is 22,34 per "
          "cent, and together with the regional tax the total local tax rate is 33,82 per cent."),
    ("h1", "Business and labour market"),
    ("p", "Alingsås has about 4 700 registered companies, most of them small. The largest private "
          "employers are in manufacturing, trade and construction. Many residents commute to Gothenburg; "
          "about 8 700 people commute out of the municipality every day, and about 5 300 commute in."),
    ("h1", "International profile"),
    ("p", "Alingsås has a long tradition of international cooperation, which is described in the "
          "municipality's international policy. Current international activities include:"),
    ("bullets", ["the Interreg Europe project CIRC-PRO on circular public procurement, 2025–2029",
                 "the municipal partnership with Lobatse, Botswana, financed by ICLD, 2026–2028",
                 "the cooperation with Powiat Kartuski in Poland on water management, vocational education "
                 "and tourism, 2026–2028",
                 "Erasmus+ mobility for upper secondary students and adult education staff",
                 "hosting volunteers from the European Solidarity Corps"]),
    ("p", "The municipality is a member of West Sweden, the EU interest organisation of western Sweden with "
          "offices in Gothenburg and Brussels, and takes part in the Gothenburg Region's network for "
          "international coordinators."),
    ("h1", "Education and culture"),
    ("p", "The municipality runs 19 compulsory schools and about 40 preschools. The municipal upper "
          "secondary school, Alströmergymnasiet, has around 1 700 students in both academic and vocational "
          "programmes. Adult education, including Swedish for immigrants, is provided by Alingsås "
          "lärcentrum."),
    ("p", "The cultural life of the town includes Alingsås museum, the city library, an art gallery and a "
          "music and culture school. Alingsås is known as Sweden's café capital, with a tradition of "
          "coffee breaks (fika) that the town markets to visitors, and for the annual Lights in Alingsås "
          "festival in October, when international lighting designers and students create light "
          "installations in the town centre."),
    ("h1", "Using this fact sheet"),
    ("p", "Use the figures in this fact sheet when you describe Alingsås in an application or a "
          "presentation, so that the municipality is described in the same way everywhere. When you need "
          "more recent or more detailed statistics, the municipality's statistics are available in the "
          "Kolada database and from Statistics Sweden. The Communications Unit updates the fact sheet every "
          "year in March."),
]

# =============================================================================================
# M. Children and Youth Department – international action plan 2026 – Swedish, PDF
# =============================================================================================

BUF = [
    ("title", "Internationell handlingsplan för barn- och ungdomsförvaltningen 2026"),
    ("p", "Antagen av barn- och ungdomsnämnden 2026-01-29, § 9. Handlingsplanen gäller för förskolor och "
          "grundskolor. Gymnasieskolan och vuxenutbildningen har egna planer."),
    ("h1", "1. Utgångspunkter"),
    ("p", "Enligt kommunens internationella policy ska kommunen uppmuntra ett internationellt perspektiv i "
          "undervisningen för barn och unga. Läroplanerna för förskolan och grundskolan säger också att "
          "undervisningen ska ge barn och elever förståelse för andra kulturer och ett internationellt "
          "perspektiv. Handlingsplanen beskriver hur förvaltningen arbetar med det under 2026."),
    ("p", "Handlingsplanen har tre mål för 2026:"),
    ("bullets", ["minst hälften av grundskolorna ska ha ett pågående eTwinning-projekt",
                 "minst 40 medarbetare ska delta i jobbskuggning eller kurs utomlands inom Erasmus+",
                 "alla förskolor ska ha arbetat med ett tema om barns rättigheter i världen"]),
    ("h1", "2. Erasmus+ skolutbildning"),
    ("p", "Barn- och ungdomsförvaltningen har sedan 2024 en ackreditering inom Erasmus+ för "
          "skolutbildning. Ackrediteringen gäller för förskolor och grundskolor och gör det möjligt att "
          "varje år söka medel för personalens och elevernas mobilitet. Den gäller till och med 2027."),
    ("p", "För läsåret 2025/26 beviljades förvaltningen 640 000 kr, som räcker till omkring 45 "
          "personalmobiliteter och två elevutbyten. För läsåret 2026/27 har förvaltningen sökt 780 000 kr; "
          "besked väntas i augusti 2026."),
    ("h2", "Personalens mobilitet"),
    ("p", "Lärare, förskollärare, fritidspedagoger och skolledare kan söka jobbskuggning eller kurser "
          "utomlands. En jobbskuggning för personal inom grundskolan är normalt fem dagar. Ansökan görs till "
          "förvaltningens Erasmus+-samordnare senast den 1 november för resor under våren och senast den 1 "
          "april för resor under hösten."),
    ("h2", "Elevutbyten"),
    ("p", "Elevutbyten görs i grupp med en skola i ett annat land. Under 2026 reser en grupp elever i "
          "årskurs 8 från Noltorpsskolan till en partnerskola i Girona i Spanien, och en grupp från "
          "Rödeneskolan tar emot elever från en skola i Oulu i Finland. Högst 24 elever och fyra lärare "
          "deltar i varje utbyte."),
    ("p", "Elever som deltar i ett utbyte betalar inget. Vårdnadshavare till elever under 18 år ska skriva "
          "under ett medgivande, och alla elever ska ha ett europeiskt sjukförsäkringskort."),
    ("h1", "3. eTwinning"),
    ("p", "eTwinning är en del av den europeiska skolplattformen, där lärare i Europa kan hitta "
          "partnerskolor och driva gemensamma projekt på nätet. Det kostar inget att använda eTwinning, och "
          "projekten kräver inga ansökningar om pengar. Under hösten 2025 hade elva av förvaltningens 19 "
          "grundskolor minst ett pågående eTwinning-projekt."),
    ("p", "Förvaltningen anordnar en introduktion till eTwinning för nya lärare två gånger per år, i "
          "september och i februari."),
    ("h1", "4. Organisation och ansvar"),
    ("p", "Förvaltningens Erasmus+-samordnare är Linnea Åberg, som arbetar 40 procent med uppdraget. Hon "
          "håller ihop ackrediteringen, ansöker om medel, administrerar resorna och rapporterar till "
          "Universitets- och högskolerådet. Varje rektor ansvarar för att det internationella arbetet på "
          "den egna skolan följer handlingsplanen."),
    ("p", "En internationell referensgrupp med fem rektorer och två lärare träffas fyra gånger per år och "
          "ger samordnaren råd om prioriteringar."),
    ("h1", "5. Budget"),
    ("p", "Utöver Erasmus+-medlen har förvaltningen avsatt 250 000 kr för 2026 till internationellt arbete. "
          "Pengarna används till samordnarens tjänst, till vikarier när personal är på jobbskuggning och till "
          "kostnader som Erasmus+ inte täcker."),
    ("p", "Vikariekostnader ersätts inte av Erasmus+. Skolorna kan få ersättning för vikarier från "
          "förvaltningens budget med högst 1 400 kr per dag och medarbetare."),
    ("h1", "6. Uppföljning"),
    ("p", "Erasmus+-samordnaren sammanställer varje år en rapport om det internationella arbetet, som "
          "redovisas för barn- och ungdomsnämnden i mars. Rapporten ingår också i kommunstyrelsens årliga "
          "redovisning av det internationella arbetet."),
]

# =============================================================================================
# N. Handbook: finance and reporting in EU projects – Swedish, Word
# =============================================================================================

EKONOMI = [
    ("title", "Ekonomi och redovisning i EU-projekt – handbok för projektledare"),
    ("p", "Handbok från ekonomienheten i samarbete med den internationella samordnaren. Gäller från den 1 "
          "januari 2026 för alla projekt där Alingsås kommun tar emot EU-medel, som partner eller som "
          "projektägare. Projektets egna regler och programmets handbok gäller alltid före denna handbok."),
    ("h1", "1. Varför en handbok?"),
    ("p", "Kommunen deltar i allt fler projekt med EU-finansiering. Redovisningen av dem skiljer sig från "
          "den vanliga kommunala redovisningen: kostnaderna ska kunna härledas till projektet, de ska vara "
          "betalda och styrkta och de ska följa programmets regler om stödberättigande kostnader. Fel i "
          "redovisningen kan leda till att kommunen går miste om pengar eller måste betala tillbaka."),
    ("p", "Handboken gäller program med redovisning av faktiska kostnader, till exempel Interreg-programmen "
          "och Europeiska socialfonden+. För program som betalar schablonbelopp, som stora delar av Erasmus+ "
          "och Europeiska solidaritetskåren, gäller bara avsnitten 2, 3 och 8."),
    ("h1", "2. Innan projektet startar"),
    ("steps", ["Kontrollera att förvaltningen har råd med den egna insatsen och med att förskottera "
               "kostnaderna under minst tolv månader.",
               "Begär ett eget projektnummer (aktivitet) i ekonomisystemet hos ekonomienheten. Alla intäkter "
               "och kostnader i projektet ska bokföras på projektnumret.",
               "Gå igenom budgeten med ekonomienheten och kontrollera att den följer programmets "
               "kostnadskategorier.",
               "Bestäm hur personalkostnader ska redovisas: timrapportering, fast procentsats eller "
               "schablon.",
               "Informera alla som arbetar i projektet om tidrapporteringen."]),
    ("h1", "3. Projektnummer och bokföring"),
    ("p", "Varje EU-projekt får ett eget projektnummer i ekonomisystemet. Fakturor som gäller projektet ska "
          "konteras på projektnumret när de attesteras. En faktura som gäller både projektet och ordinarie "
          "verksamhet ska delas upp, och fördelningsgrunden ska dokumenteras."),
    ("p", "Projektledaren ansvarar för att kontrollera projektets kostnader i ekonomisystemet minst en gång "
          "per månad. Felkonterade kostnader ska rättas samma månad som de upptäcks."),
    ("h1", "4. Personalkostnader"),
    ("p", "Personalkostnader är ofta projektens största kostnad och den vanligaste orsaken till anmärkningar "
          "vid kontrollen. Det finns tre vanliga sätt att redovisa dem:"),
    ("bullets", ["Timrapportering: medarbetaren för tidrapport över de timmar som läggs i projektet. Kostnaden "
                 "beräknas som timlön gånger antal timmar.",
                 "Fast procentsats: medarbetaren arbetar en fast andel av sin tid i projektet, enligt ett "
                 "beslut eller ett tillägg till anställningsavtalet. Ingen tidrapport behövs så länge andelen "
                 "inte ändras.",
                 "Schablon: programmet betalar ett fast belopp per timme eller en procentsats av andra "
                 "kostnader."]),
    ("p", "Tidrapporter ska fyllas i varje vecka och skrivas under av medarbetaren och närmaste chef varje "
          "månad. Ekonomienheten rekommenderar kommunens mall för tidrapport i EU-projekt, som finns på "
          "intranätet."),
    ("p", "Personalomkostnadspålägget får tas med i personalkostnaden med den procentsats som "
          "ekonomienheten fastställer för året. För 2026 är pålägget 40,15 procent."),
    ("h1", "5. Resor"),
    ("p", "Resor i EU-projekt följer kommunens resepolicy. Spara boardingkort eller biljetter, kvitton på "
          "hotell och en agenda eller ett program för mötet. Traktamente redovisas med underlag från "
          "löneenheten. Resor som kombineras med privata dagar får bara redovisas i den del som avser "
          "projektet."),
    ("h1", "6. Upphandling"),
    ("p", "Köp i EU-projekt följer lagen om offentlig upphandling och kommunens upphandlingspolicy, precis "
          "som andra köp. Direktupphandlingar över 100 000 kr ska dokumenteras med minst tre jämförbara "
          "offerter, även om programmets regler inte kräver det. Kontakta upphandlingsenheten innan du gör "
          "ett köp över direktupphandlingsgränsen."),
    ("h1", "7. Valuta"),
    ("p", "Många program betalar ut stöd i euro, men kommunens bokföring görs i kronor. Kostnader räknas om "
          "till euro enligt programmets regler, oftast med Europeiska kommissionens månadskurs för den månad "
          "då rapporten lämnas in. Kursdifferenser kan inte redovisas som kostnad i projektet. Ekonomienheten "
          "gör omräkningen."),
    ("h1", "8. Förskottering och utbetalningar"),
    ("p", "I de flesta EU-program betalas stödet ut i efterhand, när kostnaderna har redovisats och "
          "kontrollerats. Förvaltningen måste alltså förskottera kostnaderna. Inom Interreg tar det ofta "
          "fem till åtta månader från en rapportperiods slut till utbetalning."),
    ("p", "Om förskotteringen blir för stor för förvaltningens budget kan förvaltningschefen ansöka om "
          "tillfällig likviditetsförstärkning hos ekonomichefen. En sådan förstärkning är ett internt lån som "
          "betalas tillbaka när EU-stödet kommer in."),
    ("h1", "9. Arkivering och revision"),
    ("p", "Alla underlag ska sparas så att de kan visas vid en revision. Projektledaren ansvarar för att "
          "underlagen samlas i projektets akt. Hur länge underlagen ska sparas framgår av programmets regler "
          "och av kommunens dokumenthanteringsplan."),
    ("h1", "10. Vanliga fel vid kontroll"),
    ("p", "Ekonomienheten har gått igenom anmärkningarna från kontrollerna av kommunens EU-projekt de senaste "
          "åren. De vanligaste felen var:"),
    ("bullets", ["tidrapporter som saknar underskrift eller som har fyllts i i efterhand",
                 "kostnader som har bokförts på fel projektnummer",
                 "fakturor som inte var betalda när rapporten lämnades in",
                 "resor där program eller agenda saknas",
                 "direktupphandlingar utan dokumenterad prisjämförelse"]),
    ("p", "Nästan alla fel går att undvika om projektledaren stämmer av projektets kostnader varje månad och "
          "samlar underlagen löpande i stället för vid rapporttillfället."),
    ("h1", "11. Stöd och frågor"),
    ("p", "Ekonomienheten har haft en särskild EU-handläggare som stöd för projektledarna. Tjänsten är för "
          "närvarande vakant. Frågor om bokföring och redovisning av EU-projekt besvaras tills vidare av "
          "redovisningschefen. Frågor om programmens regler i övrigt besvaras av den internationella "
          "samordnaren."),
]

# =============================================================================================
# O. Programme for the delegation from Powiat Kartuski – English, PDF
# =============================================================================================

DELEGATION = [
    ("title", "Visit of the delegation from Powiat Kartuski to Alingsås, 14–16 April 2026"),
    ("p", "Programme and practical information for the delegation and for the hosts in Alingsås. Prepared by "
          "the Municipal Executive Office. Final version, 20 March 2026."),
    ("h1", "The delegation"),
    ("p", "The delegation from Powiat Kartuski consists of eight persons: the starosta (district head), the "
          "deputy starosta, two councillors, the head of the district's environment department, a water "
          "engineer from the municipal water company in Kartuzy, the head of the vocational school and an "
          "interpreter. The theme of the visit is water management and the restoration of lakes."),
    ("p", "The delegation travels by air from Gdańsk to Gothenburg and arrives at Göteborg Landvetter "
          "Airport on Tuesday 14 April at 11:20. A minibus from the municipality meets the delegation at the "
          "airport."),
    ("h1", "Programme"),
    ("h2", "Tuesday 14 April"),
    ("bullets", ["12:30 Lunch at the hotel",
                 "14:00 Welcome at the City Hall by the chair of the Municipal Executive Board",
                 "14:30 Presentation of Alingsås Municipality and of the cooperation agreement",
                 "16:00 Walk through the old town along the Lillån river",
                 "19:00 Dinner hosted by the municipality"]),
    ("h2", "Wednesday 15 April"),
    ("bullets", ["08:30 Visit to the Nolhaga wastewater treatment plant",
                 "10:30 Sampling of water quality on Lake Mjörn with the environmental strategist",
                 "12:00 Lunch",
                 "13:30 Workshop on lake restoration: experiences from Mjörn, Gerdsken and Lake Klasztorne",
                 "16:00 Meeting of the joint steering group",
                 "Evening free"]),
    ("h2", "Thursday 16 April"),
    ("bullets", ["08:30 Visit to Alströmergymnasiet: the building and electrical programmes",
                 "10:30 Meeting on tourism with the business development unit and local companies",
                 "12:00 Lunch and summary of the visit",
                 "13:30 Departure by minibus to Göteborg Landvetter Airport; flight to Gdańsk at 16:05"]),
    ("h1", "Practical information"),
    ("p", "The delegation stays at a hotel in the centre of Alingsås, a five-minute walk from the City Hall. "
          "According to the cooperation agreement, Powiat Kartuski pays for the delegation's flights and "
          "hotel nights. Alingsås Municipality pays for meals, local transport, meeting rooms and the study "
          "visits during the programme, from the cooperation budget for hosting."),
    ("p", "The language of the meetings is English. The delegation's own interpreter translates into Polish "
          "for the starosta and the councillors. At the dinner on Tuesday and at the steering group meeting "
          "the municipality also provides an interpreter between Swedish and Polish."),
    ("p", "The weather in Alingsås in April is often cool and rainy, with day temperatures around 8 to 12 "
          "degrees. The visit to Lake Mjörn takes place outdoors and by boat; the municipality provides "
          "life jackets, but participants should bring warm clothes and waterproof shoes."),
    ("h1", "Hosts and responsibilities"),
    ("grid", [["Part of the programme", "Host in Alingsås"],
              ["Overall coordination, airport transfers", "International coordinator"],
              ["Treatment plant and Lake Mjörn", "Environmental strategist Johan Berglund"],
              ["Vocational programmes", "Principal of Alströmergymnasiet's vocational programmes"],
              ["Tourism meeting", "Business development officer Oskar Wik"],
              ["Dinner and welcome", "Chair of the Municipal Executive Board"]]),
    ("p", "Any changes to the programme are sent to the delegation's contact person in Kartuzy by the "
          "international coordinator. During the visit the delegation can reach the international "
          "coordinator by mobile phone at all times."),
]

# =============================================================================================
# P. Business internationalisation 2026–2028 – Swedish, Word
# =============================================================================================

NARINGSLIV = [
    ("title", "Handlingsplan för det lokala näringslivets internationalisering 2026–2028"),
    ("p", "Framtagen av näringslivsenheten på kommunledningskontoret. Godkänd av kommunstyrelsens "
          "arbetsutskott 2025-12-08. Handlingsplanen konkretiserar målet i kommunens internationella policy "
          "om att stimulera fortsatt internationalisering av det lokala näringslivet."),
    ("h1", "Varför en handlingsplan?"),
    ("p", "I den årliga redovisningen av det internationella arbetet har målet om näringslivets "
          "internationalisering flera år i rad bedömts som bara delvis uppfyllt. Kommunen har informerat om "
          "exportstöd, men få företag har tagit del av det. Samtidigt visar näringslivsenhetens "
          "företagsbesök att många små företag i Alingsås vill sälja mer utomlands men inte vet var de ska "
          "börja."),
    ("p", "Kommunen kan inte själv ge företag exportstöd i pengar. Kommunens roll är att vara en väg in till "
          "de organisationer som har sådana stöd, att skapa mötesplatser och att använda kommunens egna "
          "internationella kontakter till nytta för företagen."),
    ("h1", "Mål 2026–2028"),
    ("bullets", ["Minst 30 företag i Alingsås ska ha fått individuell vägledning om export eller "
                 "internationella affärer under perioden.",
                 "Minst tio företag ska ha tagit del av ett regionalt eller nationellt exportstöd.",
                 "Minst ett samarbete med företag i en av kommunens internationella partnerregioner ska ha "
                 "startat."]),
    ("h1", "Aktörer som kan hjälpa företagen"),
    ("p", "Det finns många organisationer som stöder företag som vill växa internationellt. "
          "Näringslivsenheten hänvisar företagen till rätt aktör och följer upp kontakten."),
    ("grid", [["Aktör", "Vad de erbjuder", "För vilka företag"],
              ["Business Sweden", "Rådgivning om exportmarknader, exportrådgivare i Västra Götaland", "Alla företag; mer omfattande tjänster kostar"],
              ["Region Västra Götaland", "Exportcheckar som delfinansierar externa konsulttjänster", "Små och medelstora företag"],
              ["Enterprise Europe Network", "Hjälp att hitta affärspartner i Europa och information om EU-regler", "Små och medelstora företag"],
              ["Almi Väst", "Lån och rådgivning, även för internationell expansion", "Små och medelstora företag"],
              ["Business Region Göteborg", "Nätverk och etableringsstöd i Göteborgsregionen", "Företag i regionen"]]),
    ("h2", "Exportcheckar"),
    ("p", "Region Västra Götalands exportcheckar kan användas till exempel för marknadsanalyser, "
          "översättning av marknadsmaterial, mässdeltagande och juridisk rådgivning. Checken täcker högst "
          "halva kostnaden för konsulttjänsten. Företaget söker checken själv; näringslivsenheten hjälper till "
          "att fylla i ansökan."),
    ("h1", "Kommunens insatser"),
    ("h2", "1. Exportfrukostar"),
    ("p", "Näringslivsenheten arrangerar fyra exportfrukostar per år tillsammans med Business Sweden och "
          "Enterprise Europe Network. Varje frukost har ett tema, till exempel tullregler efter brexit, "
          "e-handel inom EU eller att delta på en internationell mässa. Det kostar inget att delta."),
    ("h2", "2. Företagsbesök med internationellt fokus"),
    ("p", "Vid de ordinarie företagsbesöken ställer näringslivsutvecklarna alltid frågan om företaget har "
          "internationella planer. Företag som vill gå vidare erbjuds ett uppföljande möte med en "
          "exportrådgivare från Business Sweden i kommunhuset."),
    ("h2", "3. Företag i kommunens internationella samarbeten"),
    ("p", "Kommunens internationella samarbeten ska, där det passar, öppnas för lokala företag. I samarbetet "
          "med Powiat Kartuski finns besöksnäring och landsbygdsturism med som samarbetsområde, och lokala "
          "turistföretag bjuds in till mötena. I projektet CIRC-PRO deltar två möbelföretag från Alingsås i "
          "den regionala intressentgruppen."),
    ("p", "Företag som följer med på kommunens resor betalar sina egna kostnader. Kommunen kan inte betala "
          "resor eller boende för företagare."),
    ("h2", "4. Internationell kompetens"),
    ("p", "Många företag behöver medarbetare med språkkunskaper och kunskap om andra marknader. "
          "Näringslivsenheten samarbetar med Alströmergymnasiet och vuxenutbildningen om praktikplatser för "
          "elever och om korta utbildningar i affärsengelska för anställda i små företag."),
    ("h1", "Erfarenheter från 2025"),
    ("p", "Under 2025, innan handlingsplanen fanns, vägledde näringslivsenheten nio företag om export. Tre av "
          "dem sökte en exportcheck från regionen, och två fick den. Ett livsmedelsföretag i Sollebrunn deltog "
          "med hjälp av checken på en mässa i Hamburg och har sedan dess börjat sälja till tyska butiker."),
    ("p", "Företagen efterfrågar framför allt konkret hjälp: vem de ska ringa, hur tullreglerna fungerar och "
          "hur de hittar en pålitlig partner. Flera företag har också frågat om kommunens vänorter kan "
          "användas för affärskontakter. Vänortsarbetet sköts dock av kultur- och fritidsnämnden och "
          "vänortsföreningarna och har inte näringslivet som huvudsyfte."),
    ("h1", "Budget och organisation"),
    ("p", "Handlingsplanen genomförs inom näringslivsenhetens budget. För exportfrukostar och andra "
          "aktiviteter har 60 000 kr per år avsatts. Ansvarig för handlingsplanen är näringslivschefen, och "
          "det löpande arbetet görs av näringslivsutvecklaren Oskar Wik."),
    ("h1", "Uppföljning"),
    ("p", "Näringslivsenheten följer varje år upp målen och rapporterar resultatet till den internationella "
          "samordnaren, som tar med det i den årliga redovisningen av det internationella arbetet till "
          "kommunstyrelsen."),
]

# =============================================================================================
# Q. Safety on business trips abroad – Swedish, PDF
# =============================================================================================

SAKERHET = [
    ("title", "Säkerhet vid tjänsteresor utomlands – rutin för chefer och resenärer"),
    ("p", "Rutin fastställd av kommundirektören 2025-10-06. Gäller alla anställda och förtroendevalda i "
          "Alingsås kommun som reser utomlands i tjänsten. Rutinen kompletterar kommunens resepolicy, som "
          "reglerar färdmedel, bokning och kostnader."),
    ("h1", "1. Syfte"),
    ("p", "Kommunen har ett arbetsmiljöansvar för medarbetare som reser i tjänsten, även utomlands. Rutinen "
          "beskriver vad chefen och resenären ska göra före, under och efter en resa för att minska riskerna "
          "och för att kommunen ska kunna nå och hjälpa medarbetare som råkar illa ut."),
    ("h1", "2. Innan resan"),
    ("h2", "Chefens ansvar"),
    ("p", "Den chef som godkänner resan ansvarar för att det har gjorts en enkel riskbedömning. För resor "
          "inom EU, EES och Schweiz räcker det normalt att chefen kontrollerar att Utrikesdepartementet inte "
          "avråder från resor till orten. För resor till andra länder ska riskbedömningen dokumenteras på "
          "kommunens blankett och sparas tillsammans med reseräkningen."),
    ("p", "Om Utrikesdepartementet avråder från resor till landet eller området får resan inte genomföras. "
          "Undantag kan bara beslutas av kommundirektören."),
    ("h2", "Resenärens ansvar"),
    ("p", "Den som reser utomlands i tjänsten ska:"),
    ("bullets", ["läsa Utrikesdepartementets reseinformation om landet",
                 "registrera sig i UD:s app Resklar när resan går utanför EU",
                 "ta med det europeiska sjukförsäkringskortet vid resor inom EU, EES och Schweiz",
                 "lämna sitt resprogram och hotell till närmaste chef",
                 "spara numret till kommunens tjänstereseförsäkring i telefonen"]),
    ("h2", "Vaccinationer"),
    ("p", "Vaccinationer och annat hälsoskydd som företagshälsovården rekommenderar inför en tjänsteresa "
          "betalas av resenärens förvaltning. Boka tid hos företagshälsovården minst sex veckor före resan, "
          "eftersom vissa vaccinationer måste ges i flera doser."),
    ("h1", "3. Försäkring"),
    ("p", "Alla anställda och förtroendevalda omfattas av kommunens tjänstereseförsäkring genom "
          "Kammarkollegiet. Försäkringen gäller vid sjukdom, olycksfall, förlorat bagage och hemtransport. "
          "Försäkringen gäller inte för privata dagar som läggs före eller efter tjänsteresan."),
    ("p", "Försäkringsbeviset finns på intranätet på svenska och engelska. Vissa länder kräver att man kan "
          "visa ett försäkringsbevis vid inresan."),
    ("h1", "4. Under resan"),
    ("p", "Resenären ska hålla sig informerad om läget på orten och följa lokala myndigheters och UD:s "
          "råd. Om något allvarligt inträffar, som en olycka, ett brott eller en kris på orten, ska "
          "resenären så snart som möjligt kontakta sin chef. Chefen informerar förvaltningschefen och vid "
          "behov kommunens säkerhetssamordnare."),
    ("p", "Vid en större händelse på en ort där kommunens medarbetare befinner sig tar säkerhetssamordnaren "
          "fram en lista över vilka som är på plats, med hjälp av de resprogram som cheferna har fått."),
    ("h1", "5. Informationssäkerhet"),
    ("p", "Ta bara med den information som behövs för resan. Använd kommunens VPN när du kopplar upp dig mot "
          "kommunens system från ett hotell eller en offentlig plats. Datorer och telefoner får inte lämnas "
          "obevakade. Vid resor till länder utanför EU ska resenären kontakta IT-avdelningen minst två veckor "
          "före resan för att få råd om vilka enheter som bör tas med."),
    ("h1", "6. Efter resan"),
    ("p", "Händelser och tillbud under resan, till exempel stölder, hot eller olyckor, rapporteras i "
          "kommunens system för arbetsskador och tillbud senast en vecka efter hemkomsten. Chefen följer upp "
          "rapporten och tar ställning till om rutinen behöver ändras."),
    ("h1", "7. Resor till länder med förhöjd risk"),
    ("p", "Med länder med förhöjd risk menas här länder där Utrikesdepartementet inte avråder från resor men "
          "där säkerhetsläget, hälsoriskerna eller infrastrukturen kräver särskilda förberedelser. För sådana "
          "resor gäller dessutom följande:"),
    ("bullets", ["Resan ska godkännas av förvaltningschefen, inte bara av närmaste chef.",
                 "Resenären ska gå en webbutbildning om säkerhet på resa innan resan, om resenären inte har gått "
                 "den under de senaste tre åren.",
                 "Resenären ska ha en kontaktperson i Sverige som kan nås dygnet runt under resan.",
                 "Resenären ska inte resa ensam, om det inte finns särskilda skäl."]),
    ("p", "Säkerhetssamordnaren kan på begäran göra en fördjupad riskbedömning tillsammans med chefen."),
    ("h1", "8. Kontakt"),
    ("p", "Frågor om rutinen besvaras av kommunens säkerhetssamordnare på kommunledningskontoret. Frågor om "
          "försäkringen besvaras av kommunens försäkringshandläggare på ekonomienheten."),
]

# =============================================================================================
# R. Youth exchange "Lakes and Lives" – English, PDF
# =============================================================================================

UTBYTE = [
    ("title", "Lakes and Lives – Erasmus+ youth exchange in Alingsås, 6–15 July 2026"),
    ("p", "Project summary by the association Alingsås Internationella Ungdomsforum (AIU), prepared for the "
          "Culture and Leisure Department and the partner organisations. The project is run by the "
          "association, not by the municipality."),
    ("h1", "About the project"),
    ("p", "Lakes and Lives is a youth exchange in which young people from Sweden, Poland and Lithuania spend "
          "ten days together in Alingsås to explore how lakes shape the lives of the people who live around "
          "them. The participants study the water quality of Lake Mjörn, interview fishermen and boat club "
          "members, and produce a short documentary film and an exhibition."),
    ("p", "A youth exchange in Erasmus+ is a meeting of groups of young people from at least two countries, "
          "who carry out a programme of activities together. The young people themselves take part in "
          "planning the programme, and the exchange must use non-formal learning methods such as workshops, "
          "role play and outdoor activities."),
    ("h1", "Partners and participants"),
    ("p", "The exchange brings together 30 participants aged 15 to 20 and six group leaders:"),
    ("grid", [["Organisation", "Country", "Participants", "Leaders"],
              ["Alingsås Internationella Ungdomsforum", "Sweden", "10", "2"],
              ["Kaszubskie Centrum Młodzieży", "Poland", "10", "2"],
              ["Jaunimo klubas Ežerai", "Lithuania", "10", "2"]]),
    ("p", "The Polish partner comes from Kartuzy. The contact was made through the municipality's "
          "cooperation with Powiat Kartuski, but the exchange is an independent project of the associations."),
    ("h1", "Funding"),
    ("p", "AIU applied to the Swedish National Agency for Youth and Civil Society (MUCF) in the round with "
          "deadline 1 October 2025 and was granted EUR 28 540 in January 2026. The grant is made up of lump "
          "sums for travel, organisational support and the costs of the participants' stay."),
    ("p", "The association also received the municipality's start-up grant for international youth "
          "exchange, SEK 5 000, in 2025 for a planning meeting with the partners in Kartuzy. The municipality "
          "does not finance the exchange itself, but lends premises free of charge."),
    ("grid", [["Item", "Amount"],
              ["Travel support for the Polish and Lithuanian groups", "EUR 6 240"],
              ["Organisational support", "EUR 19 800"],
              ["Inclusion support for participants with fewer opportunities", "EUR 2 500"],
              ["Total Erasmus+ grant", "EUR 28 540"]]),
    ("p", "Participants pay a participation fee of SEK 500 per person, which covers a T-shirt and a day "
          "trip to Gothenburg. No participant is refused because of the fee; the association waives it on "
          "request."),
    ("newpage", None),
    ("h1", "Programme"),
    ("bullets", ["6 July: arrival, getting to know each other, safety rules",
                 "7–8 July: workshops on water and ecology with the municipality's environmental strategist",
                 "9 July: boat trip on Lake Mjörn and water sampling",
                 "10 July: interviews with local fishermen and the boat club",
                 "11 July: day trip to Gothenburg",
                 "12–13 July: film editing and preparation of the exhibition",
                 "14 July: public screening and exhibition opening at the city library",
                 "15 July: evaluation, Youthpass certificates and departure"]),
    ("p", "The participants stay at the Nolhaga scout cabin, which the municipality lends free of charge. "
          "Meals are cooked together by the participants with the help of a cook employed by the "
          "association."),
    ("h1", "Safety and responsibility"),
    ("p", "The association is responsible for the participants during the exchange. Every group leader must "
          "be at least 21 years old, and all leaders from Sweden must show an extract from the criminal "
          "records register. There is at least one leader awake and on call every night."),
    ("p", "Participants under 18 need the written consent of a guardian. Alcohol and drugs are not allowed "
          "during the exchange; a participant who breaks this rule can be sent home at the family's "
          "expense."),
    ("h1", "Results and dissemination"),
    ("p", "Each participant receives a Youthpass certificate. The documentary film is published on the "
          "association's website and shown at the public screening on 14 July. The exhibition stays at the "
          "city library until 31 August 2026."),
    ("h1", "Contact"),
    ("p", "The project is led by AIU's chair, Elsa Björk. Questions from the municipality's side about the "
          "premises are answered by the youth coordinator at the Culture and Leisure Department."),
]

# =============================================================================================
# Writers
# =============================================================================================

def write_docx(blocks, path: Path, author: str) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.author = author
    for kind, value in blocks:
        if kind == "title":
            document.core_properties.title = value
            document.add_heading(value, level=0)
        elif kind in ("h1", "h2"):
            document.add_heading(value, level=1 if kind == "h1" else 2)
        elif kind in ("bullets", "steps"):
            for item in value:
                document.add_paragraph(item, style="List Bullet" if kind == "bullets" else "List Number")
        elif kind == "grid":
            table = document.add_table(rows=0, cols=len(value[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(value):
                row = table.add_row()
                for cell, text in zip(row.cells, cells):
                    run = cell.paragraphs[0].add_run(text)
                    run.font.size = Pt(9.5)
                    if r == 0:
                        run.bold = True
        elif kind == "newpage":
            document.add_page_break()
        else:
            document.add_paragraph(value)
    document.save(str(path))


def write_pdf(blocks, path: Path, header: str, page_label: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = {
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=7, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=2,
                             leftIndent=16, firstLineIndent=-11),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5),
    }

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(70, A4[1] - 38, header)
        canvas.drawRightString(A4[0] - 70, 28, f"{page_label} {doc.page}")
        canvas.restoreState()

    story = []
    for kind, value in blocks:
        if kind in ("bullets", "steps"):
            for n, item in enumerate(value, 1):
                mark = "\u2022 " if kind == "bullets" else f"{n}. "
                story.append(Paragraph(mark + item, st["li"]))
            story.append(Spacer(1, 7))
        elif kind == "grid":
            width = (A4[0] - 140) / len(value[0])
            table = Table([[Paragraph(c, st["cell"]) for c in row] for row in value],
                          colWidths=[width] * len(value[0]), hAlign="LEFT")
            table.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.88, 0.92)),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 10)]
        elif kind == "newpage":
            story.append(PageBreak())
        else:
            story.append(Paragraph(value, st[kind]))
    SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1], author="Alingsås kommun",
                      topMargin=70, bottomMargin=58, leftMargin=70, rightMargin=70).build(
        story, onFirstPage=decorate, onLaterPages=decorate)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_pdf(CIRCPRO, folder / "circ-pro-interreg-europe-briefing.pdf",
              "Alingsås Municipality – CIRC-PRO briefing note, version 3", "Page")
    write_pdf(STUDIERESA, folder / "studieresa-aldreomsorg-nederlanderna-2026.pdf",
              "Alingsås kommun – Vård- och omsorgsförvaltningen – Studieresa Nederländerna 2026", "Sida")
    write_pdf(BIDRAG, folder / "riktlinjer-bidrag-internationellt-foreningssamarbete-2026.pdf",
              "Alingsås kommun – Kultur- och fritidsnämnden – Riktlinjer 2026", "Sida")
    write_docx(NORDISKT, folder / "nordiska-kulturfonder-vagledning.docx", "Kultur- och fritidsförvaltningen")
    write_docx(KARTUZY, folder / "samarbete-powiat-kartuski-2026-2028.docx", "Kommunledningskontoret")
    write_docx(LOBATSE, folder / "icld-partnership-lobatse-project-plan.docx", "Municipal Executive Office")
    write_docx(JOBBSKUGGNING, folder / "jobbskuggning-vuxenutbildning-erasmus-2026.docx", "Alingsås lärcentrum")
    write_pdf(BIBLIOTEK, folder / "library-network-trip-riga-tartu-2025.pdf",
              "Alingsås City Library – Travel report, Nordic-Baltic Mobility Programme", "Page")
    write_docx(FAKTA, folder / "alingsas-in-brief-fact-sheet.docx", "Communications Unit")
    write_pdf(BUF, folder / "internationell-handlingsplan-barn-och-ungdom-2026.pdf",
              "Alingsås kommun – Barn- och ungdomsförvaltningen – Internationell handlingsplan 2026", "Sida")
    write_docx(EKONOMI, folder / "handbok-ekonomi-redovisning-eu-projekt.docx", "Ekonomienheten")
    write_pdf(DELEGATION, folder / "kartuzy-delegation-visit-april-2026.pdf",
              "Alingsås Municipality – Visit of the delegation from Powiat Kartuski", "Page")
    write_docx(NARINGSLIV, folder / "handlingsplan-naringslivets-internationalisering.docx", "Näringslivsenheten")
    write_pdf(SAKERHET, folder / "sakerhet-tjansteresor-utomlands.pdf",
              "Alingsås kommun – Rutin: Säkerhet vid tjänsteresor utomlands", "Sida")
    write_pdf(UTBYTE, folder / "lakes-and-lives-youth-exchange-2026.pdf",
              "Alingsås Internationella Ungdomsforum – Lakes and Lives 2026", "Page")
    print(f"wrote 15 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
