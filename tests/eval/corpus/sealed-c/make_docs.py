"""Writes the Word and PDF documents of evaluation part sealed-c into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work for an evaluation
corpus. People, phone numbers, internal rules, partner projects, dates and most amounts are invented.

    .venv/bin/python tests/eval/corpus/sealed-c/make_docs.py

Block kinds: ("title", text), ("h1", text), ("h2", text), ("p", text), ("list", [items]),
("olist", [items]), ("table", [[header cells], [cells], ...]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# =============================================================================================
# 1. International summer school 2026 – English, .docx
# =============================================================================================

SUMMER_SCHOOL = [
    ("title", "Alingsås International Summer School 2026 – Small Towns, Big Transitions"),
    ("p", "Programme handbook for municipal staff, case owners and partner universities. Prepared by the "
          "Municipal Executive Office (Kommunledningskontoret) in cooperation with the University of Borås. "
          "Version 1.3, 2 February 2026. This handbook replaces version 1.2 of 9 December 2025."),
    ("h1", "1. About the summer school"),
    ("p", "Alingsås International Summer School is a two-week course for master's students in which "
          "international student teams work on real challenges brought by the municipality's own "
          "departments. The 2026 edition has the theme Small Towns, Big Transitions and looks at how a town "
          "of around 42,000 inhabitants can handle the green transition, an ageing population and the "
          "changing role of the town centre."),
    ("p", "The summer school is hosted by Alingsås Municipality and run together with three partner "
          "universities: the University of Borås (Sweden), Hanze University of Applied Sciences in "
          "Groningen (the Netherlands) and Vilnius Gediminas Technical University (Lithuania). The "
          "University of Borås is the academic lead and awards the credits."),
    ("p", "The course runs from Monday 3 August to Friday 14 August 2026. Students arrive on Sunday "
          "2 August, when a welcome evening is held at the folk high school, and leave on Friday "
          "14 August after breakfast."),
    ("p", "Participants who complete the course, including the final presentation and a written "
          "reflection, are awarded 5 ECTS credits by the University of Borås. Students who leave before "
          "the final presentation do not receive credits, but may receive a certificate of attendance."),
    ("h2", "Earlier editions"),
    ("p", "The first summer school was held in August 2024 with 24 students from 11 countries. In 2025 the "
          "course grew to 30 students from 14 countries, and for the first time the results were presented "
          "to the Municipal Executive Board. The evaluation of the 2025 edition showed that 27 of the 30 "
          "students would recommend the course to a friend, while several case owners asked for more time "
          "with the students during the second week."),
    ("h1", "2. Participants and admission"),
    ("p", "The 2026 summer school has room for at most 36 students. Places are shared between the partner "
          "universities and open applicants: each of the three partner universities may nominate up to "
          "eight students, and the remaining places are filled from open applications."),
    ("p", "Applicants must be enrolled in a master's programme, or have completed at least three years of "
          "university studies, in urban planning, architecture, textile or industrial design, public "
          "administration, social work or environmental science. The course is taught in English and "
          "applicants must document English at level B2 or higher."),
    ("p", "The application deadline for students is 15 April 2026. Applications are made through the "
          "University of Borås's online form and must include a CV, a letter of motivation of at most one "
          "page and a transcript of records. Late applications are not considered."),
    ("p", "A selection committee of four people assesses the applications: two representatives of the "
          "University of Borås, one from Alingsås Municipality and one from one of the other partner "
          "universities, on rotation. The committee aims for a balance of disciplines, countries and "
          "genders, and applicants are informed of the decision by 8 May 2026."),
    ("h1", "3. Fees, fee waivers and what is included"),
    ("p", "The participation fee is EUR 450. Students nominated by one of the three partner universities pay "
          "a reduced fee of EUR 200. The fee covers accommodation for 12 nights, breakfast and lunch on "
          "weekdays, all excursions in the programme, a Västtrafik travel card for the two weeks and the "
          "closing dinner."),
    ("p", "Travel to and from Alingsås is not included. Nor are dinners on weekdays, meals at the weekend "
          "or personal insurance."),
    ("p", "The municipality finances six fee waivers for students from countries outside the EU and the "
          "EEA who could not otherwise take part. A fee waiver covers the whole participation fee and a "
          "travel grant of up to EUR 600. Applications for fee waivers must reach the University of Borås "
          "by 1 April 2026, two weeks before the ordinary deadline, so that the decision can be given in "
          "time for visa applications."),
    ("p", "The fee is paid to the University of Borås within 14 days of the offer of a place. A student who "
          "withdraws before 1 July 2026 gets the fee refunded minus an administrative charge of EUR 50; after "
          "that date the fee is not refunded."),
    ("h1", "4. Programme"),
    ("p", "The first week is built around lectures, site visits and fieldwork. The second week is a design "
          "studio in which each team develops its proposal together with its case owner."),
    ("table", [["Day", "Week 1", "Week 2"],
               ["Monday", "Opening at the town hall; introduction to Alingsås", "Studio work; case owner meeting"],
               ["Tuesday", "Lectures: small towns in transition", "Studio work; mid-point review"],
               ["Wednesday", "Site visits: Noltorp, Stadsparken and the old town", "Studio work"],
               ["Thursday", "Fieldwork and interviews with residents", "Final presentations at 14:00"],
               ["Friday", "Excursion to Borås and the Textile Fashion Center", "Evaluation and departure"],
               ["Weekend", "Free; optional hike along Mjörn on Saturday", "–"]]),
    ("p", "The final presentations take place on Thursday 13 August 2026 at 14:00 in the council chamber of "
          "Alingsås town hall. Members of the Municipal Executive Board, the case owners and the press are "
          "invited. Each team has 15 minutes to present and 10 minutes for questions."),
    ("p", "A closing dinner for students, teachers and case owners is held the same evening at 19:00. The "
          "municipality does not pay for alcohol at any summer school event; drinks with the closing dinner "
          "are paid by each guest."),
    ("h2", "Lecturers"),
    ("p", "Twelve lecturers contribute to the first week: five from the partner universities, four from the "
          "municipality's departments and three external guests. Lecturers from the municipality give their "
          "lecture as part of their working hours; external guests receive a fee agreed with the University "
          "of Borås."),
    ("h1", "5. Cases and case owners"),
    ("p", "In 2026 the students work on six cases, one from each participating department. A case is a real "
          "question the department is working on and wants fresh ideas about. It must be possible to work on "
          "it in English and without access to personal data."),
    ("list", ["The future of Noltorp centre after the closure of the grocery shop (Planning and Building Department)",
              "Heat-proofing outdoor spaces at preschools (Education Department)",
              "Reusing textile waste from municipal operations (Waste Unit)",
              "Meeting places for older people who live alone (Social Services)",
              "A night-time economy for the town centre (Business Development Unit)",
              "Safer cycling routes to upper secondary school (Traffic and Streets Unit)"]),
    ("p", "A case owner is the member of staff who brings a case to the summer school and is its contact for "
          "the student team. The case owner prepares a case brief of two to three pages, takes part in the "
          "opening day, meets the team at least three half-days during the course and attends the final "
          "presentation."),
    ("p", "Case owners are appointed by their head of department. Staff who would like to propose a case for "
          "2027 can send a short description to the summer school project manager by 30 November 2026."),
    ("p", "Time spent as a case owner is working time and is not paid extra. The department may however "
          "charge up to 40 hours per case owner to the summer school budget, at the case owner's ordinary "
          "hourly cost, if it needs to hire a replacement."),
    ("h1", "6. Accommodation and practical arrangements"),
    ("p", "Students stay at the residence of Alingsås folkhögskola, in twin rooms with shared kitchens. "
          "Students who prefer a single room can ask for one; single rooms cost EUR 180 extra for the whole "
          "stay and are given in order of request as long as they last."),
    ("p", "Twenty bicycles are lent to the students free of charge for the two weeks. Bicycles are picked up "
          "at the folk high school on Sunday 2 August and must be returned by 10:00 on Friday 14 August."),
    ("p", "Workspaces for the studio week are in the Stadshuset annex, floor 2, which is open from 08:00 to "
          "20:00 on weekdays. Students receive a temporary access card on the first day against a signature; "
          "a lost card costs SEK 300."),
    ("h1", "7. Rules for staff and partners"),
    ("list", ["The municipality may not pay students a salary or fee for their work on the cases.",
              "Student proposals are published under the licence CC BY 4.0 and may be used freely by the "
              "municipality, as long as the students are credited.",
              "Case briefs may not contain personal data or information covered by secrecy.",
              "Photographs of students may only be published on the municipality's channels if the student "
              "has given written consent on the consent form handed out on the first day.",
              "Students are covered by their own or their home university's insurance. The municipality's "
              "insurance does not cover summer school students."]),
    ("h1", "8. Budget 2026"),
    ("p", "The total budget for the 2026 summer school is SEK 1,170,000. The municipality's share is decided "
          "by the Municipal Executive Board as part of the international budget."),
    ("table", [["Source", "Amount"],
               ["Alingsås Municipality (international budget)", "SEK 450,000"],
               ["University of Borås", "SEK 300,000"],
               ["Region Västra Götaland (regional development grant)", "SEK 250,000"],
               ["Participation fees (estimate)", "SEK 170,000"],
               ["Total", "SEK 1,170,000"]]),
    ("p", "The largest costs are accommodation (about SEK 380,000), teaching and external lecturers "
          "(about SEK 260,000) and the six fee waivers with travel grants (about SEK 110,000)."),
    ("h1", "9. Follow-up and contacts"),
    ("p", "Every student fills in an anonymous evaluation on the last day. The project manager writes a "
          "report on the summer school, including the evaluation and the use made of the proposals, which is "
          "submitted to the Municipal Executive Board by 30 November 2026."),
    ("p", "The summer school project manager at the municipality is Linnea Åkesson at the Municipal "
          "Executive Office. She is responsible for the budget, the case owners and the practical "
          "arrangements in Alingsås. Academic questions, admission and credits are handled by the course "
          "coordinator at the University of Borås, Dr Mikael Forsberg."),
    ("h1", "10. Safety and wellbeing"),
    ("p", "Two student assistants from the University of Borås live at the folk high school during the "
          "course and are the first point of contact for students in the evenings and at weekends. The "
          "assistants carry the summer school's duty phone, which is answered around the clock from "
          "2 August to 14 August."),
    ("p", "If a student falls ill, the student assistants help the student to contact the health centre or "
          "the healthcare advice line 1177. In an emergency, call 112 first and then the duty phone. The "
          "project manager must be informed of every incident that involves a student's health or safety "
          "on the same day."),
    ("p", "All students sign the summer school's code of conduct on the first day. It covers respectful "
          "behaviour, the use of shared spaces and the rules for fieldwork with residents. A student who "
          "seriously breaks the code of conduct can be excluded from the course by the course coordinator "
          "after consultation with the project manager."),
    ("h2", "Fieldwork with residents"),
    ("p", "During the first week the students interview residents in Noltorp and in the town centre. "
          "Interviews are voluntary and anonymous, and the students may not record names, addresses or "
          "other information that can identify a person. Students always work in pairs and wear the yellow "
          "name badge handed out on the first day."),
    ("p", "Students may not visit residents in their homes, preschools, schools or care homes without a "
          "member of municipal staff present. Visits to operations must be arranged through the case owner."),
    ("h2", "Accessibility"),
    ("p", "The folk high school residence has two adapted rooms, and all teaching rooms can be reached "
          "without stairs. Students who need adaptations state this in their application. The course "
          "coordinator decides on adaptations together with the project manager."),
    ("h1", "11. Timeline for case owners"),
    ("p", "Case owners should plan for the following steps. The dates apply to the 2026 summer school."),
    ("table", [["When", "What"],
               ["By 13 March 2026", "Head of department appoints the case owner"],
               ["By 17 April 2026", "Draft case brief sent to the project manager"],
               ["5 May 2026", "Workshop for case owners, 13:00–16:00, town hall"],
               ["By 5 June 2026", "Final case brief, in English, sent to the project manager"],
               ["3 August 2026", "Opening day; case owner meets the team"],
               ["13 August 2026", "Final presentation at 14:00"],
               ["By 30 September 2026", "Case owner reports how the proposal will be used"]]),
    ("p", "The workshop for case owners on 5 May is compulsory for new case owners. It covers how to write "
          "a case brief, how to work with international student teams and what the students can and cannot "
          "be asked to do."),
    ("h1", "12. Questions from staff"),
    ("h2", "Can I take part in the lectures even if I am not a case owner?"),
    ("p", "Yes. Municipal staff may attend the lectures in the first week if there are free seats, after "
          "agreement with their manager. Send an e-mail to the project manager by 24 July 2026. Three of the "
          "evening lectures are also open to the public at Alingsås library."),
    ("h2", "Can a department bring more than one case?"),
    ("p", "No. Each participating department brings one case, so that the six teams are spread across the "
          "organisation. A department that has more ideas can propose them for the following year."),
    ("h2", "Who owns the students' proposals?"),
    ("p", "The students keep the copyright to their work, but because the proposals are published under "
          "CC BY 4.0 the municipality may use, change and spread them, also in its own planning documents, "
          "as long as the students are named as authors."),
    ("h2", "Can we use the summer school for a case that is politically sensitive?"),
    ("p", "Cases on matters that are being prepared for a political decision may be used, but the case "
          "brief must make clear that the students' proposals are ideas and not the municipality's position. "
          "Cases that concern ongoing procurements, individual employees or legal disputes may not be used."),
]

# =============================================================================================
# 2. Waste management partnership with Huế, Vietnam – Swedish, .docx
# =============================================================================================

HUE = [
    ("title", "Partnerskap med Huế om avfallshantering – projektplan 2026–2028"),
    ("p", "Projektplan för samarbetet mellan Alingsås kommun och staden Huế i Vietnam om insamling, "
          "sortering och kompostering av hushållsavfall. Planen är godkänd av styrgruppen 2026-01-22 och "
          "gäller till och med projektets slut den 31 december 2028."),
    ("h1", "Sammanfattning"),
    ("p", "Alingsås kommun och Huế ska under tre år utbyta erfarenheter om hur matavfall kan sorteras ut "
          "vid källan och tas om hand lokalt. Huế vill minska mängden organiskt avfall som läggs på "
          "deponin i Thủy Phương, och Alingsås vill lära sig mer om småskalig kompostering och om hur "
          "informella insamlare kan bli en del av ett kommunalt system."),
    ("p", "Kärnan i projektet är ett pilotområde i Huế där 4 000 hushåll i två stadsdelar, Phú Hội och "
          "Vĩnh Ninh, ska sortera ut matavfall i separata kärl från januari 2027. Matavfallet ska "
          "komposteras i en kvartersanläggning som byggs med stöd av projektet."),
    ("h1", "Bakgrund"),
    ("p", "Huế ligger i centrala Vietnam och var landets huvudstad under Nguyễn-dynastin. Den gamla "
          "kejsarstaden är ett världsarv, och turismen har ökat snabbt. Sedan 2025 är Huế en stad direkt "
          "under centralregeringen med drygt 1,2 miljoner invånare i hela stadsområdet, varav omkring "
          "450 000 i de centrala stadsdelarna."),
    ("p", "Insamlingen av hushållsavfall sköts av stadens miljöbolag, Huế Urban Environment Company "
          "(HEPCO). Ungefär 60 procent av hushållsavfallet är organiskt. Det mesta körs i dag till deponin, "
          "där det bildar metan och lakvatten."),
    ("p", "Kontakten mellan Alingsås och Huế började 2024 när en tjänsteperson från avfallsenheten deltog "
          "i en konferens om avfall i Da Nang. Huế bjöd därefter in Alingsås till ett digitalt möte, och "
          "kommunstyrelsen beslutade den 11 september 2025 att inleda partnerskapet."),
    ("p", "Partnerskapet är ett projektsamarbete och inte ett vänortsavtal. Det upphör när projekttiden är "
          "slut om inte kommunstyrelsen beslutar något annat."),
    ("h1", "Mål"),
    ("p", "Projektets övergripande mål är att minska mängden matavfall som deponeras i pilotområdet och att "
          "stärka båda kommunernas förmåga att planera avfallshantering tillsammans med invånarna."),
    ("list", ["Minst 60 procent av hushållen i pilotområdet sorterar ut matavfall i slutet av 2028.",
              "Mängden matavfall som deponeras från pilotområdet har minskat med minst 1 500 ton per år.",
              "HEPCO har en egen utbildning för sin personal om källsortering och kompostering.",
              "Alingsås har tagit fram en plan för att ta tillvara erfarenheterna i sin egen avfallsplan.",
              "Minst tio informella insamlare i pilotområdet har fått avtal med HEPCO."]),
    ("h1", "Organisation"),
    ("p", "Projektägare i Alingsås är samhällsbyggnadsnämnden. Projektet leds av en gemensam styrgrupp med "
          "sex ledamöter, tre från varje stad. Från Alingsås ingår samhällsbyggnadschefen, avfallschefen "
          "och den internationella samordnaren. Styrgruppen möts digitalt två gånger per år och fysiskt i "
          "samband med studiebesöken."),
    ("p", "Projektledare i Alingsås är Oskar Lindqvist, avfallsingenjör på avfallsenheten. Han ansvarar "
          "för budget, rapportering och planering av resor. Motsvarande roll i Huế har Nguyễn Thị Thu Hà, "
          "biträdande chef för stadens miljöavdelning."),
    ("p", "Arbetet sker i tre arbetsgrupper: insamling och logistik, kompostering samt kommunikation med "
          "invånarna. Varje arbetsgrupp har en medlem från varje stad och möts digitalt en gång per månad."),
    ("h1", "Aktiviteter och tidsplan"),
    ("table", [["Tid", "Aktivitet", "Ansvarig"],
               ["Februari 2026", "Digitalt startmöte och avsiktsförklaring om arbetsformer", "Styrgruppen"],
               ["20–27 april 2026", "Studiebesök i Huế för fyra personer från Alingsås", "Projektledaren"],
               ["Oktober 2026", "Studiebesök i Alingsås för fem personer från Huế", "Avfallsenheten"],
               ["Januari 2027", "Start för sortering av matavfall i pilotområdet", "HEPCO"],
               ["Mars 2027", "Kvartersanläggningen för kompostering tas i drift", "HEPCO"],
               ["Hösten 2027", "Halvtidsutvärdering", "Extern utvärderare"],
               ["2028", "Spridning av resultat och slutrapport", "Styrgruppen"]]),
    ("p", "Slutrapporten ska lämnas till finansiären senast den 31 mars 2029, tre månader efter att "
          "projektet har avslutats."),
    ("h2", "Studiebesök"),
    ("p", "Under projekttiden görs sammanlagt fyra studiebesök, två åt vardera hållet. Från Alingsås reser "
          "högst fyra personer per resa, och från Huế högst fem personer per resa. Deltagarna i en resa "
          "utses av styrgruppen efter förslag från arbetsgrupperna."),
    ("p", "Vid besöken i Alingsås visas bland annat Bälinge avfallsanläggning, en återvinningscentral, "
          "kommunens matavfallsinsamling och en skola som arbetar med att minska matsvinnet. Besökarna bor "
          "på hotell i centrala Alingsås."),
    ("h2", "Inbjudan och visum"),
    ("p", "Deltagarna från Huế behöver Schengenvisum. Projektledaren skickar en officiell inbjudan, "
          "undertecknad av samhällsbyggnadschefen, senast tolv veckor före besöket. Inbjudan ska ange "
          "vem som betalar resa, boende och sjukvårdsförsäkring under vistelsen."),
    ("p", "Medarbetare från Alingsås som reser till Vietnam ansöker själva om elektroniskt visum. Det kan "
          "ta upp till tre veckor, och resan bokas först när visumet är beviljat."),
    ("h1", "Budget och finansiering"),
    ("p", "Projektets totala budget är 2,4 miljoner kronor för hela perioden 2026–2028. Huvuddelen "
          "finansieras med ett bidrag från Stiftelsen Västsvensk Miljösamverkan på 1,5 miljoner kronor. "
          "Alingsås kommun bidrar med 300 000 kr per år ur kommunstyrelsens internationella medel, "
          "sammanlagt 900 000 kronor."),
    ("p", "Huế bidrar med egen personal, lokaler och marken för kvartersanläggningen. Stadens bidrag redovisas "
          "som arbetstid och räknas inte in i budgeten ovan."),
    ("table", [["Kostnadsslag", "2026", "2027", "2028", "Totalt"],
               ["Resor och boende", "310 000 kr", "220 000 kr", "170 000 kr", "700 000 kr"],
               ["Komposteringsutrustning", "0 kr", "550 000 kr", "50 000 kr", "600 000 kr"],
               ["Personal Alingsås", "250 000 kr", "250 000 kr", "250 000 kr", "750 000 kr"],
               ["Tolkning och översättning", "60 000 kr", "40 000 kr", "40 000 kr", "140 000 kr"],
               ["Utvärdering och spridning", "0 kr", "90 000 kr", "120 000 kr", "210 000 kr"],
               ["Summa", "620 000 kr", "1 150 000 kr", "630 000 kr", "2 400 000 kr"]]),
    ("p", "Avfallstaxan får inte användas för att finansiera partnerskapet. Avgifterna som hushållen i "
          "Alingsås betalar får bara täcka kostnaderna för avfallshanteringen i kommunen enligt "
          "självkostnadsprincipen. Arbetstid för avfallsenhetens personal i projektet bokförs därför på ett "
          "eget projektnummer och betalas av projektbudgeten."),
    ("p", "Projektets medel får inte betalas ut som kontanta bidrag till Huế stad eller till HEPCO. "
          "Komposteringsutrustningen köps in av projektet och överlämnas till HEPCO genom ett skriftligt "
          "gåvobrev när anläggningen tas i drift."),
    ("h1", "Pilotområdet"),
    ("p", "Pilotområdet omfattar de två stadsdelarna Phú Hội och Vĩnh Ninh på södra sidan av Parfymfloden. "
          "Området har en blandning av flerfamiljshus, radhus med butik i bottenvåningen, hotell och "
          "restauranger. Restaurangerna och hotellen ingår inte i piloten från början, men HEPCO vill pröva "
          "separat insamling från minst 20 restauranger under 2028."),
    ("p", "Varje hushåll i pilotområdet får ett grönt kärl på 10 liter för matavfall och en informationsfolder "
          "på vietnamesiska. Matavfallet hämtas sex dagar i veckan, eftersom det i det varma klimatet inte kan "
          "stå längre än ett dygn. Restavfallet hämtas som i dag."),
    ("p", "Kvartersanläggningen för kompostering byggs på en tomt som staden ställer till förfogande vid "
          "Vĩnh Ninh-marknaden. Anläggningen dimensioneras för omkring 5 ton matavfall per dag. Komposten ska "
          "användas i stadens parker och säljas till lantbrukare i närheten av staden."),
    ("h2", "Informella insamlare"),
    ("p", "I Huế samlar ett stort antal informella insamlare, ofta äldre kvinnor, in papper, plast och metall "
          "som de säljer vidare. Projektet ska inte konkurrera ut dem. I stället ska HEPCO erbjuda avtal där "
          "insamlarna får en fast ersättning för att hjälpa till med information och kontroll av sorteringen "
          "i sina kvarter, samtidigt som de behåller rätten att sälja återvinningsbart material."),
    ("h1", "Vad Alingsås vill lära sig"),
    ("p", "Partnerskapet är ömsesidigt. Alingsås har en väl fungerande insamling av matavfall, men "
          "utsorteringsgraden i flerfamiljshus har legat still på omkring 45 procent i flera år. Avfallsenheten "
          "vill därför särskilt lära sig av hur Huế arbetar med stadsdelskommittéer och grannar som "
          "informerar varandra."),
    ("list", ["hur stadsdelskommittéer kan användas för att nå hushåll som inte läser kommunens information",
              "hur småskalig kompostering kan fungera nära bostäderna",
              "hur återvinningsbart material kan samlas in med låga kostnader",
              "hur man kommunicerar med turister om avfall i en stad med många besökare"]),
    ("p", "Erfarenheterna ska tas med i arbetet med Alingsås nästa avfallsplan, som ska antas av "
          "kommunfullmäktige 2028."),
    ("h1", "Jämställdhet och inkludering"),
    ("p", "Både styrgruppen och arbetsgrupperna ska ha en jämn könsfördelning. Vid studiebesöken ska minst "
          "en av deltagarna från varje stad arbeta praktiskt med insamling eller kompostering, så att inte "
          "bara chefer reser. Uppföljningen av piloten ska redovisa resultaten uppdelat på hushåll med olika "
          "inkomst så långt det är möjligt."),
    ("h1", "Frågor och svar"),
    ("h2", "Kan andra förvaltningar delta i projektet?"),
    ("p", "Ja, om deras kunskap behövs. En skola som arbetar med matsvinn deltar till exempel i studiebesöket "
          "i Alingsås. Förvaltningens arbetstid betalas då av förvaltningen själv, eftersom projektets "
          "personalbudget bara gäller avfallsenheten."),
    ("h2", "Hur kan invånarna i Alingsås följa projektet?"),
    ("p", "Projektet har en sida på kommunens webbplats där nyheter publiceras på svenska efter varje "
          "studiebesök. Avfallsenheten berättar också om projektet i sitt nyhetsbrev till hushållen, som "
          "kommer ut två gånger per år."),
    ("h2", "Vad händer med utrustningen efter projektet?"),
    ("p", "Komposteringsutrustningen ägs av HEPCO från det att gåvobrevet har undertecknats. HEPCO ansvarar "
          "för drift och underhåll av anläggningen även efter att projektet har avslutats."),
    ("h1", "Risker"),
    ("table", [["Risk", "Sannolikhet", "Åtgärd"],
               ["Hushållen i pilotområdet sorterar inte", "Medel", "Informationskampanj med stadsdelskommittéerna"],
               ["Översvämning skadar anläggningen", "Medel", "Placering ovanför 2020 års högvattennivå"],
               ["Visum beviljas inte i tid", "Låg", "Inbjudan senast tolv veckor före besök"],
               ["Personalbyte hos någon part", "Hög", "Dokumentation på engelska i gemensam mapp"]]),
    ("h1", "Kommunikation och uppföljning"),
    ("p", "Projektet har en gemensam arbetsyta på engelska. Protokoll från styrgruppen skrivs på engelska "
          "och översätts till vietnamesiska av en översättare som projektet anlitar. Tolk används vid alla "
          "fysiska möten med personal från HEPCO som inte talar engelska."),
    ("p", "Projektledaren rapporterar till samhällsbyggnadsnämnden två gånger per år, i juni och i december. "
          "Den internationella samordnaren får rapporterna för kännedom och tar med projektet i den årliga "
          "redovisningen av det internationella arbetet till kommunstyrelsen."),
    ("p", "Frågor om partnerskapet besvaras av projektledaren Oskar Lindqvist. Frågor om studiebesök i "
          "Alingsås kan också ställas till avfallsenhetens administratör Petra Sjögren."),
]

# =============================================================================================
# 3. Nordic apprentice exchange – Swedish, .docx
# =============================================================================================

APPRENTICES = [
    ("title", "Nordiskt lärlingsutbyte – riktlinje för utbyten för kommunens lärlingar 2026"),
    ("p", "Riktlinje från HR-avdelningens kompetensenhet. Fastställd av personaldirektören 2025-11-20. "
          "Gäller för lärlingar som är anställda av Alingsås kommun med lärlingsavtal samt för lärlingar "
          "från partnerkommunerna som gör sitt utbyte i Alingsås."),
    ("h1", "Vad är nordiskt lärlingsutbyte?"),
    ("p", "Nordiskt lärlingsutbyte är ett samarbete mellan Alingsås kommun, Herning Kommune i Danmark och "
          "Gjøvik kommune i Norge. Kommunernas lärlingar i praktiska yrken får arbeta tre veckor hos en av de "
          "andra kommunerna, med samma slags arbetsuppgifter som hemma, och handledas av en yrkesperson där."),
    ("p", "Utbytet startade som ett försök hösten 2024 med fyra lärlingar från Alingsås. Försöket föll väl "
          "ut och samarbetet är sedan 2025 permanent. Kommunerna har skrivit ett samarbetsavtal som gäller "
          "till och med 2028 och som förlängs ett år i taget om ingen part säger upp det."),
    ("p", "Utbytet finansieras ur kommunens kompetensutvecklingsfond, som avsätter 240 000 kr per år för "
          "utbytet. Pengarna täcker resor och boende för Alingsås lärlingar samt kostnader för att ta emot "
          "lärlingar från Herning och Gjøvik. Utbytet finansieras inte med EU-medel."),
    ("h1", "Yrken som omfattas"),
    ("p", "Utbytet gäller lärlingar i följande yrken:"),
    ("list", ["fastighetsskötare och fastighetselektriker",
              "kock och restaurangbiträde i kommunens storkök",
              "anläggare och parkarbetare (trädgård, grönytor och lekplatser)",
              "fordonsmekaniker i kommunens verkstad",
              "snickare i fastighetsavdelningens underhållslag"]),
    ("p", "Lärlingar inom vård och omsorg och inom barnomsorg omfattas inte. Deras utbildning har andra "
          "krav på handledning och legitimation, och de har i stället möjlighet att göra studiebesök "
          "genom sin förvaltning."),
    ("h1", "Vem kan söka?"),
    ("p", "Du kan söka till utbytet om du är anställd som lärling i Alingsås kommun, har varit anställd i "
          "minst sex månader när utbytet börjar och har fyllt 18 år. Din handledare och din chef ska "
          "tillstyrka ansökan."),
    ("p", "Du behöver inte kunna danska eller norska. Det räcker att du kan göra dig förstådd på svenska "
          "eller engelska, och värdkommunen ser till att det finns en handledare som förstår svenska. "
          "Lärlingar som vill får gå en kortare kurs i danska eller norska yrkesord före resan."),
    ("h1", "Perioder och antal platser"),
    ("p", "Varje år finns åtta platser för lärlingar från Alingsås, fyra under vårperioden och fyra under "
          "höstperioden. Alingsås tar i sin tur emot upp till sex lärlingar per år från Herning och Gjøvik."),
    ("table", [["Period", "Datum 2026", "Sista ansökningsdag", "Platser från Alingsås"],
               ["Vår", "13 april – 1 maj", "1 februari", "4"],
               ["Höst", "5 oktober – 23 oktober", "15 augusti", "4"]]),
    ("p", "Ett utbyte omfattar 15 arbetsdagar. Resan sker dagen före första arbetsdagen och hem dagen efter "
          "sista arbetsdagen, så att lärlingen är borta tre veckor inklusive helger."),
    ("h1", "Så ansöker du"),
    ("olist", ["Prata med din handledare och din chef om att du vill åka och vilken period som passar.",
               "Fyll i ansökningsblanketten för nordiskt lärlingsutbyte på intranätet. Skriv kort varför du "
               "vill åka och vad du vill lära dig.",
               "Din chef skriver under blanketten och skickar den till kompetensenheten senast sista "
               "ansökningsdagen.",
               "Kompetensenheten fördelar platserna och meddelar beslut senast tre veckor efter sista "
               "ansökningsdagen.",
               "Du deltar i förberedelsedagen, som hålls ungefär en månad före avresan.",
               "Efter utbytet skriver du en kort reserapport och berättar om utbytet på en arbetsplatsträff."]),
    ("p", "Om fler söker än det finns platser prioriteras lärlingar som inte har deltagit tidigare, och "
          "därefter lärlingar som har kortast tid kvar av sin lärlingsanställning. Varje lärling kan åka på "
          "högst ett utbyte under sin lärlingstid."),
    ("h1", "Lön, resor och boende"),
    ("p", "Du får din vanliga lön under utbytet. Utbytet räknas som arbete, och du följer värdkommunens "
          "arbetstider. Övertid under utbytet ersätts inte."),
    ("p", "Kompetensenheten bokar och betalar resan, som i första hand görs med tåg. Till Herning reser man "
          "med tåg via Köpenhamn och till Gjøvik med tåg via Oslo. Boendet ordnas av värdkommunen och är "
          "oftast ett eget rum i ett lärlingsboende eller på vandrarhem. Alingsås betalar boendet för sina "
          "egna lärlingar."),
    ("p", "Lunch på arbetsplatsen ingår via värdkommunens personalmatsal. Övriga måltider betalar lärlingen "
          "själv. Lärlingar som åker på utbytet får ett engångsbelopp på 1 500 kr för att täcka andra "
          "måltider, som betalas ut med lönen månaden före resan."),
    ("h1", "Regler under utbytet"),
    ("list", ["Lärlingen får inte arbeta ensam på värdkommunens arbetsplatser utan ska alltid ha en "
              "handledare eller kollega i närheten.",
              "Lärlingen får inte köra värdkommunens fordon eller arbetsmaskiner, även om lärlingen har "
              "körkort eller maskinbehörighet i Sverige.",
              "Lärlingen följer värdkommunens regler för arbetsmiljö och skyddsutrustning. Egen "
              "skyddsutrustning tas med hemifrån.",
              "Arbetsskador anmäls både i värdkommunen och till den egna chefen i Alingsås samma dag.",
              "Utbytet får inte förlängas med semester på plats."]),
    ("p", "Lärlingar från Alingsås omfattas av kommunens tjänstereseförsäkring under hela utbytet."),
    ("h1", "Att ta emot lärlingar i Alingsås"),
    ("p", "En arbetsplats i Alingsås som tar emot en lärling från Herning eller Gjøvik utser en "
          "värdhandledare. Värdhandledaren introducerar lärlingen, planerar arbetsuppgifterna och gör en "
          "enkel bedömning i slutet av utbytet på den gemensamma blanketten."),
    ("p", "Värdhandledaren får avsätta fyra timmar per vecka till handledningen. Arbetsplatsen får en "
          "ersättning på 3 000 kr per mottagen lärling från kompetensutvecklingsfonden, för att täcka "
          "skyddsutrustning, material och handledningstid."),
    ("p", "Inkommande lärlingar bor på Alingsås vandrarhem. Kompetensenheten bokar boendet och ordnar ett "
          "västtrafikkort för tre veckor."),
    ("h1", "Förberedelsedagen"),
    ("p", "Förberedelsedagen är obligatorisk för alla lärlingar som ska åka. Den hålls i kompetensenhetens "
          "lokaler i stadshuset och räknas som arbetstid. Under dagen går kompetensenheten igenom resan, "
          "boendet, försäkringen och reglerna, och en lärling som har deltagit tidigare berättar om sina "
          "erfarenheter."),
    ("list", ["genomgång av värdkommunens arbetsplats och handledare",
              "arbetsmiljö och skyddsutrustning i Danmark och Norge",
              "vad man gör vid sjukdom eller olycka",
              "yrkesord på danska och norska",
              "hur reserapporten ska skrivas"]),
    ("h1", "Erfarenheter från 2025"),
    ("p", "Under 2025 deltog sju lärlingar från Alingsås i utbytet, fyra under våren och tre under hösten. "
          "En plats under hösten blev inte använd eftersom lärlingen fick förhinder en vecka före avresan. "
          "Alingsås tog emot fem lärlingar, tre från Herning och två från Gjøvik."),
    ("p", "I utvärderingen svarade alla lärlingar att de skulle rekommendera utbytet. Flera lyfte fram att "
          "arbetsdagarna i Danmark börjar tidigare och att det var lärorikt att se andra sätt att organisera "
          "arbetet. Det som fick sämst betyg var informationen om boendet före avresan, vilket är skälet till "
          "att förberedelsedagen nu innehåller en genomgång av boendet."),
    ("h1", "Frågor och svar"),
    ("h2", "Kan två lärlingar från samma arbetsplats åka samtidigt?"),
    ("p", "Ja, om arbetsplatsen klarar det och chefen godkänner det. Värdkommunen försöker då placera dem "
          "på samma arbetsplats."),
    ("h2", "Vad händer om jag blir sjuk under utbytet?"),
    ("p", "Du sjukanmäler dig både till värdkommunens handledare och till din chef i Alingsås, på samma sätt "
          "som hemma. Om du blir så sjuk att du inte kan arbeta mer än tre dagar bestämmer kompetensenheten "
          "tillsammans med dig om du ska resa hem i förtid."),
    ("h2", "Får jag ta med min familj?"),
    ("p", "Nej. Boendet är ett lärlingsboende eller vandrarhem, och det finns inte plats för medföljande. "
          "Familj och vänner får gärna hälsa på under en helg, men de ordnar och betalar då allt själva."),
    ("h2", "Kan jag göra utbytet i en annan nordisk kommun?"),
    ("p", "Nej, utbytet gäller bara Herning och Gjøvik. Andra önskemål kan tas upp med kompetensenheten inför "
          "nästa avtalsperiod."),
    ("h1", "Intyg och uppföljning"),
    ("p", "Efter utbytet får lärlingen ett intyg, Nordiskt lärlingsintyg, som är undertecknat av båda "
          "kommunerna och beskriver arbetsuppgifterna. Intyget kan bifogas när lärlingen söker yrkesbevis "
          "eller ny anställning."),
    ("p", "Kompetensenheten sammanställer reserapporterna och redovisar utbytet till personalutskottet "
          "en gång per år, i samband med kompetensutvecklingsfondens årsrapport."),
    ("p", "Kontaktperson för utbytet är Johan Falk på kompetensenheten."),
]

# =============================================================================================
# 4. Indian textile design delegation – English, .pdf
# =============================================================================================

TEXTILE = [
    ("title", "Visit programme: Indian textile design delegation, 21–24 September 2026"),
    ("p", "Internal planning document for the Business Development Unit, the companies hosting visits and "
          "the staff taking part. Status: confirmed programme, revision 3, 10 August 2026. Changes after this "
          "date are sent by e-mail to everyone listed in section 9."),
    ("h1", "1. Background and purpose"),
    ("p", "Alingsås is where the Swedish textile industry began: in 1724 Jonas Alströmer founded his "
          "manufactory in the town, and textile design, knitting and technical textiles are still part of the "
          "local business community. In the spring of 2026 the Gujarat Textile Design Council asked to bring "
          "a delegation of designers and company owners to western Sweden to learn about sustainable textile "
          "design, circular business models and design education."),
    ("p", "The visit is organised by the Business Development Unit of Alingsås Municipality together with "
          "the Swedish School of Textiles at the University of Borås. The purpose is to give local textile "
          "companies new international contacts and to present Alingsås as a place for textile design. The "
          "municipality does not sign any agreement with the delegation and the visit is not a trade mission."),
    ("p", "Today around 40 companies in the Alingsås area work with textiles, fashion or textile design, "
          "together employing about 600 people. Most are small design studios and knitting companies; the "
          "three largest are producers of technical textiles for the automotive and healthcare industries. "
          "Several companies already buy yarn and fabrics from India, and four of them have said that they "
          "want to find new suppliers with better traceability."),
    ("p", "The Gujarat Textile Design Council is a non-profit association of design companies, design "
          "schools and craft cooperatives in the state of Gujarat. It has around 300 member organisations "
          "and arranges one or two study visits abroad every year."),
    ("h1", "2. The delegation"),
    ("p", "The delegation consists of 14 people: 12 representatives of textile design companies from "
          "Ahmedabad and Surat and two staff members of the Gujarat Textile Design Council. The head of the "
          "delegation is Ms Priya Raman, director of the Council. The working language of the visit is "
          "English, and no interpreter is needed."),
    ("p", "The delegation arrives at Göteborg Landvetter Airport on Sunday 20 September in the evening and "
          "travels on to Copenhagen on Friday 25 September. The municipality arranges the bus between the "
          "airport and the hotel on arrival, but not the onward journey."),
    ("p", "The delegates stay at Hotel Alingsås in the town centre. The Council has booked and pays for the "
          "rooms itself."),
    ("h2", "Visas and invitation letters"),
    ("p", "All delegates need a Schengen visa. The Council applies for the visas through the visa centre in "
          "Ahmedabad. At the Council's request, the Business Development Unit sends an invitation letter for "
          "each delegate, signed by the head of the unit. The letters state that the delegates pay their own "
          "travel, accommodation and insurance, and that the municipality pays only the programme costs "
          "listed in section 5."),
    ("p", "The invitation letters were sent on 24 June 2026. If a visa is refused, the unit cannot appeal on "
          "the delegate's behalf, and the delegate's place in the programme is not transferred to anyone else."),
    ("h1", "3. Programme"),
    ("p", "The programme runs over four days. Times are local Swedish time."),
    ("table", [["Date", "Time", "Activity", "Place"],
               ["Mon 21 Sep", "09:00", "Welcome and presentation of Alingsås", "Town hall"],
               ["Mon 21 Sep", "13:30", "Walk: Alströmer and textile history", "Old town"],
               ["Tue 22 Sep", "08:30", "Bus to Borås", "Hotel"],
               ["Tue 22 Sep", "10:00", "Swedish School of Textiles", "Borås"],
               ["Tue 22 Sep", "14:00", "Textile Fashion Center", "Borås"],
               ["Wed 23 Sep", "09:00", "Company visits, groups A and B", "Alingsås"],
               ["Wed 23 Sep", "15:00", "Seminar: circular design", "Alingsås library"],
               ["Thu 24 Sep", "09:30", "Matchmaking meetings", "Town hall"],
               ["Thu 24 Sep", "18:30", "Farewell dinner", "Nolhaga"]]),
    ("h2", "Monday: welcome"),
    ("p", "The chair of the Municipal Executive Board welcomes the delegation at 09:00 in the town hall. "
          "After the welcome, the Business Development Unit presents the local textile and design companies "
          "and the municipality's work with circular economy. The afternoon walk is led by a guide from "
          "the tourist office and ends with coffee at a café in the old town."),
    ("h2", "Tuesday: Borås"),
    ("p", "The whole day is spent in Borås. The Swedish School of Textiles presents its research on "
          "recycled fibres and digital printing, and students show their degree projects. In the afternoon "
          "the delegation visits the Textile Fashion Center and a start-up that sorts used textiles with "
          "near-infrared scanners. Lunch is served at the university."),
    ("h2", "Wednesday: company visits"),
    ("p", "On Wednesday morning the delegation is split into two groups of seven. Each group visits two "
          "companies in Alingsås. Host companies may limit the number of visitors in their production areas; "
          "most have said that they can take at most eight people at a time, which is why the groups are "
          "kept at seven plus one member of municipal staff."),
    ("p", "At 15:00 the delegation takes part in an open seminar on circular design at Alingsås library, "
          "together with local companies, students of the upper secondary design programme and the public. "
          "The seminar is free of charge but requires registration."),
    ("h2", "Thursday: matchmaking"),
    ("p", "Thursday is reserved for pre-booked one-to-one meetings between delegates and local companies. "
          "Each meeting lasts 30 minutes, and each local company can book at most four meetings. The day "
          "ends with a farewell dinner at Nolhaga at 18:30."),
    ("h1", "4. Companies hosting visits and meetings"),
    ("p", "Local companies that want to host a visit on Wednesday or book matchmaking meetings on Thursday "
          "register with the Business Development Unit by 28 August 2026. Registration is free of charge. "
          "The unit sends each company a short profile of the delegates by 7 September, based on the "
          "delegation list that the Council is to deliver by 1 September."),
    ("p", "Host companies decide themselves what they show. Visitors may not photograph or film in "
          "production areas unless the host company has given permission in advance. Companies that want "
          "the delegates to sign a confidentiality agreement must say so when they register, so that the "
          "agreement can be sent to the Council in time."),
    ("h2", "Checklist for host companies"),
    ("list", ["Name one person who receives the group and leads the visit.",
              "Plan the visit for at most 90 minutes, including questions.",
              "Prepare a short presentation in English of the company and its products.",
              "Decide in advance which areas may be photographed and tell the group at the start.",
              "Provide protective equipment if the group enters production areas.",
              "Tell the Business Development Unit by 14 September if the visit has to be changed."]),
    ("p", "Host companies that want to hand out product samples or catalogues may do so at their own cost."),
    ("h1", "5. Costs"),
    ("p", "The delegation pays its own flights, hotel and the dinners on Monday to Wednesday. The "
          "municipality pays the bus from the airport on Sunday, the bus to Borås on Tuesday, lunches on "
          "Monday, Wednesday and Thursday, coffee breaks and the farewell dinner. The University of Borås "
          "pays the lunch on Tuesday."),
    ("p", "The municipality's costs for the visit may not exceed SEK 60,000. The amount is taken from the "
          "Business Development Unit's budget for business promotion. The estimated cost is SEK 54,500, of "
          "which the farewell dinner is about SEK 23,000 and the two bus trips about SEK 14,000."),
    ("p", "The municipality does not pay for alcohol. Wine with the farewell dinner is offered only if a "
          "local company or the delegation pays for it."),
    ("h2", "Staff accompanying the groups"),
    ("p", "One member of municipal staff accompanies each group during the company visits on Wednesday. "
          "The accompanying staff keep to the timetable, make sure that nobody is left behind and report "
          "any problems to the programme lead. They should not act as sales agents for any company. "
          "Accompanying staff are appointed by the head of the Business Development Unit and are briefed on "
          "Tuesday 15 September at 10:00."),
    ("h1", "6. Food"),
    ("p", "About half of the delegates are vegetarian and three follow a Jain diet, which excludes meat, "
          "fish, eggs and root vegetables such as onion, garlic and potatoes. All meals paid by the "
          "municipality must offer a vegetarian main course and a Jain alternative. Caterers receive the "
          "final list of dietary requirements by 14 September."),
    ("h1", "7. Media and communication"),
    ("p", "The local press is invited to the welcome on Monday and to the seminar on Wednesday. Only the "
          "head of the delegation and the chair of the Municipal Executive Board give interviews on behalf "
          "of the visit. Photos from the programme may be published on the municipality's website and social "
          "media once the delegates have been asked on Monday morning."),
    ("h1", "8. After the visit"),
    ("p", "Each host company is asked to answer a short follow-up survey within four weeks of the visit. "
          "The Business Development Unit writes a summary report to the Municipal Executive Board's working "
          "committee by 30 November 2026, including the contacts made and any planned follow-up visits."),
    ("h1", "9. Contacts"),
    ("p", "The programme lead is Farida Nyström, business developer at the Business Development Unit, "
          "phone 0322-61 74 12. She is the contact for host companies and for the delegation during the "
          "visit. Logistics, meals and buses are handled by the unit's coordinator Emil Brandt. At the "
          "Swedish School of Textiles the contact is the international officer Karin Wedin."),
]

# =============================================================================================
# 5. Feasibility study: Nordic–Baltic cycle route – Swedish, .pdf
# =============================================================================================

CYKELLED = [
    ("title", "Förstudie NorBalt Cycle Link – en nordisk-baltisk cykelled genom Alingsås"),
    ("p", "Projektbeskrivning och lägesrapport för förstudien. Ansvarig förvaltning: "
          "samhällsbyggnadsförvaltningen, enheten för trafik och gata, i samarbete med "
          "näringslivsenheten och Visit Alingsås. Lägesrapporten avser perioden 1 mars–30 juni 2026."),
    ("h1", "Sammanfattning"),
    ("p", "NorBalt Cycle Link är en föreslagen cykelturistled som ska knyta ihop Nordsjöleden på den svenska "
          "västkusten med Östersjöleden i Estland och Lettland. Leden går från Göteborg genom Alingsås, "
          "Vårgårda och vidare mot Stockholm, och fortsätter med färja till Tallinn och vidare söderut till "
          "Pärnu och Riga. Den sammanlagda längden är omkring 1 240 kilometer, varav 410 kilometer i Sverige."),
    ("p", "Förstudien ska visa om leden är genomförbar, vad den kostar och vilka partner som vill vara med i "
          "ett genomförandeprojekt. Förstudien pågår från den 1 mars 2026 till den 28 februari 2027."),
    ("h1", "Partner"),
    ("p", "I förstudien deltar sju partner i tre länder:"),
    ("list", ["Alingsås kommun (samordnande partner)",
              "Lerums kommun",
              "Vårgårda kommun",
              "Visit Tallinn (Tallinns stads turistbyrå)",
              "Pärnu stad, Estland",
              "Riga Planning Region, Lettland",
              "Cykelfrämjandet, Västra Götaland"]),
    ("p", "Alingsås kommun är samordnande partner och ansvarar för ekonomin, rapporteringen till "
          "finansiären och förstudiens slutrapport. Varje partner utser en kontaktperson. Partnerna "
          "träffas digitalt en gång i månaden och fysiskt vid de tre workshoppar som ingår i förstudien."),
    ("h1", "Finansiering"),
    ("p", "Förstudiens budget är 1,3 miljoner kronor. Västra Götalandsregionen har beviljat 650 000 kr ur de "
          "regionala utvecklingsmedlen för turism, vilket motsvarar 50 procent av budgeten. Regionen kan "
          "finansiera högst 50 procent av en förstudie; resten står partnerna för."),
    ("p", "Alingsås kommun bidrar med 150 000 kr i kontanta medel och med arbetstid motsvarande 20 procent "
          "av en heltid för projektledaren. Lerum och Vårgårda bidrar med 75 000 kr vardera. De estniska och "
          "lettiska partnerna bidrar med arbetstid och betalar sina egna resor."),
    ("p", "Förstudien finansieras inte med EU-medel. Om förstudien visar att leden är genomförbar ska "
          "partnerna under 2027 söka extern finansiering för ett genomförandeprojekt."),
    ("h1", "Ledens sträckning genom Alingsås"),
    ("p", "Inom Alingsås kommun är leden 38 kilometer lång. Den kommer in från Lerum längs Säveån, följer "
          "Mjörns östra strand förbi Lövekulle, passerar Nolhaga och Alingsås centrum och går sedan österut "
          "mot Vårgårda längs den gamla banvallen. Omkring 29 kilometer går på befintliga cykelvägar och "
          "lågtrafikerade vägar, medan 9 kilometer i dag går längs väg med blandtrafik."),
    ("p", "Den svåraste delen är sträckan mellan Västra Bodarna och Alingsås, där det saknas cykelväg "
          "och där vägen är smal. Förstudien utreder två alternativ: en ny cykelväg längs vägen eller en "
          "omledning via skogsbilvägar på västra sidan av Mjörn."),
    ("h2", "Skyltning"),
    ("p", "Leden ska skyltas enligt Trafikverkets regler för turistvägvisning med cykelsymbol och ledens "
          "logotyp. Förstudien räknar med 64 nya vägvisningsskyltar inom Alingsås kommun. En skylt "
          "kostar omkring 1 800 kr att tillverka och sätta upp, och skyltningen inom kommunen beräknas "
          "därför till cirka 115 000 kr. Skyltarna får inte sättas upp innan väghållaren har gett tillstånd."),
    ("h1", "Cyklistvänliga övernattningar och företag"),
    ("p", "En cykelled behöver boenden och caféer som välkomnar cyklister. Förstudien prövar en gemensam "
          "märkning, Cyklist välkommen, för företag längs leden i Sverige. Under förstudien är det gratis för "
          "företagen att ansluta sig."),
    ("p", "För att få märkningen ska ett boende uppfylla fem krav:"),
    ("list", ["låsbart och väderskyddat cykelförråd",
              "verktyg och pump som gästerna kan låna",
              "möjlighet att torka kläder",
              "frukost från klockan 07.00 eller matsäck",
              "möjlighet att boka en enda natt"]),
    ("p", "Företag i Alingsås som vill vara med anmäler intresse till näringslivsenheten senast den "
          "30 september 2026. Hittills har elva företag i Alingsås anmält intresse, varav sex boenden."),
    ("h1", "Aktiviteter"),
    ("p", "Förstudien omfattar tre workshoppar med alla partner:"),
    ("table", [["Workshop", "Tid och plats", "Tema"],
               ["1", "22–23 april 2026, Alingsås", "Sträckning och säkerhet"],
               ["2", "16–17 september 2026, Pärnu", "Märkning och företag"],
               ["3", "januari 2027, digitalt", "Slutsatser och nästa steg"]]),
    ("p", "Under sommaren 2026 räknas cyklister med automatiska mätare på sex platser längs den svenska "
          "delen av leden, varav två i Alingsås. Samtidigt görs en enkät med cykelturister; målet är minst "
          "1 200 svar."),
    ("p", "Resor till workshoppen i Pärnu görs med tåg och färja när det är möjligt. Högst tre personer från "
          "Alingsås kommun deltar i workshoppen i Pärnu, och resekostnaderna betalas ur förstudiens budget."),
    ("h1", "Efterfrågan"),
    ("p", "Cykelturismen i Europa har vuxit snabbt de senaste tio åren, och flerdagsturer på skyltade leder "
          "är den del som växer mest. Enligt de undersökningar som förstudien har gått igenom spenderar en "
          "cykelturist på flerdagstur i genomsnitt omkring 1 100 kr per dygn, främst på boende och mat. Den "
          "största gruppen utländska cykelturister i Västsverige kommer från Tyskland, följt av Nederländerna "
          "och Danmark."),
    ("p", "Förstudien räknar försiktigt med att leden efter fem år kan ge 3 000 övernattningar per år i "
          "Alingsås kommun. Det motsvarar en turistisk omsättning på omkring 3,3 miljoner kronor per år. "
          "Siffran är osäker och ska prövas mot resultaten från cykelräkningen och enkäten."),
    ("h1", "Trafiksäkerhet"),
    ("p", "Enheten för trafik och gata har gått igenom hela sträckan inom kommunen. Utöver sträckan vid "
          "Västra Bodarna finns tre korsningar där cyklister korsar väg med hastighetsgräns 70 km/tim eller "
          "högre. Förstudien föreslår att korsningarna förses med mittrefug och sänkt hastighet innan leden "
          "skyltas."),
    ("p", "Trafikverket är väghållare för de statliga vägarna och måste godkänna alla åtgärder och skyltar "
          "längs dem. Ett första samrådsmöte med Trafikverket hölls i maj 2026."),
    ("h1", "Partnernas roller"),
    ("table", [["Partner", "Huvudsaklig uppgift i förstudien"],
               ["Alingsås kommun", "Samordning, ekonomi och slutrapport"],
               ["Lerums kommun", "Sträckningen längs Säveån och anslutning till Göteborg"],
               ["Vårgårda kommun", "Sträckningen österut och banvallen"],
               ["Visit Tallinn", "Logotyp och marknadsföring"],
               ["Pärnu stad", "Workshop 2 och erfarenheter från Östersjöleden"],
               ["Riga Planning Region", "Sträckningen i Lettland"],
               ["Cykelfrämjandet", "Cyklisternas perspektiv och enkäten"]]),
    ("p", "Cykelfrämjandet deltar med ideell arbetstid och får inga medel ur förstudiens budget utöver "
          "ersättning för resor till workshopparna."),
    ("h1", "Natur och kulturmiljö"),
    ("p", "Leden passerar naturreservatet vid Mjörns östra strand och flera kulturmiljöer, bland annat "
          "Nolhaga och den gamla banvallen. I naturreservatet får leden bara gå på befintliga vägar och "
          "stigar, och nya rastplatser får inte anläggas utan länsstyrelsens tillstånd. Förstudien föreslår "
          "två rastplatser med vindskydd utanför reservatet."),
    ("h1", "Läget i juni 2026"),
    ("p", "Workshop 1 hölls i Alingsås den 22–23 april 2026 med 26 deltagare från alla sju partner. "
          "Deltagarna cyklade den planerade sträckningen mellan Lerum och Alingsås och enades om att "
          "sträckan vid Västra Bodarna måste lösas innan leden kan marknadsföras."),
    ("p", "Cykelmätarna sattes upp i början av juni. Enkäten har hittills fått 310 svar. Tallinns "
          "turistbyrå har tagit fram ett förslag till logotyp, som ska beslutas vid workshop 2."),
    ("h1", "Beslut och fortsättning"),
    ("p", "Förstudiens slutrapport lämnas till Västra Götalandsregionen senast den 31 mars 2027. "
          "Kommunstyrelsen beslutar i april 2027 om Alingsås ska delta i ett genomförandeprojekt. "
          "Genomförandet beräknas preliminärt kosta 14 miljoner kronor för hela leden, varav cirka "
          "2,1 miljoner kronor inom Alingsås kommun."),
    ("h1", "Kontakt"),
    ("p", "Projektledare för förstudien är Henrik Dahl, trafikplanerare på enheten för trafik och gata. "
          "Frågor från företag om märkningen Cyklist välkommen besvaras av näringslivsenheten."),
]

# =============================================================================================
# 6. European Youth Event trip – Swedish, .pdf
# =============================================================================================

EYE = [
    ("title", "Till Strasbourg med ungdomsrådet – European Youth Event 2026"),
    ("p", "Information till sökande, deltagare och vårdnadshavare. Kultur- och fritidsförvaltningen, "
          "enheten Fritid ung, januari 2026."),
    ("h1", "Vad är European Youth Event?"),
    ("p", "European Youth Event (EYE) är en mötesplats för unga i Europaparlamentet i Strasbourg. Under två "
          "dagar samlas flera tusen ungdomar från hela EU för att diskutera politik, träffa "
          "Europaparlamentariker och delta i workshoppar, debatter och kulturprogram. Evenemanget "
          "arrangeras av Europaparlamentet och vänder sig till unga mellan 16 och 30 år."),
    ("p", "EYE2026 hålls fredag 29 och lördag 30 maj 2026. Det kostar inget att delta i själva evenemanget, "
          "men varje grupp måste anmälas av en ansvarig vuxen via Europaparlamentets anmälningssystem."),
    ("h1", "Resan från Alingsås"),
    ("p", "Alingsås kommun skickar en grupp på 15 ungdomar och två ledare från Fritid ung till EYE2026. "
          "Resan är en del av kommunens arbete med ungdomsinflytande och förbereds tillsammans med "
          "ungdomsrådet."),
    ("list", ["Avresa torsdag 28 maj 2026 kl. 06.15 med buss från Alingsås resecentrum till Landvetter.",
              "Flyg Göteborg–Frankfurt och därefter hyrd buss till Strasbourg, cirka två och en halv timme.",
              "Boende på vandrarhemmet CIARUS i centrala Strasbourg, fyra personer per rum.",
              "Hemresa söndag 31 maj 2026 med beräknad ankomst till Alingsås kl. 21.30."]),
    ("h1", "Vem kan söka?"),
    ("p", "Du kan söka om du är folkbokförd i Alingsås kommun och är mellan 16 och 21 år den 29 maj 2026. "
          "Du måste kunna delta i båda förberedelseträffarna och i redovisningen efter resan. Du behöver "
          "inte vara med i ungdomsrådet för att söka."),
    ("p", "Ansökan görs med ett formulär på kommunens webbplats, där du skriver några rader om varför du vill "
          "åka och vilken fråga du vill driva i Strasbourg. Sista dag att söka är den 20 februari 2026."),
    ("h2", "Så väljs deltagarna"),
    ("p", "Om fler än 15 söker fördelas platserna så här:"),
    ("olist", ["Fem platser går till ledamöter i ungdomsrådet som har sökt.",
               "Bland övriga sökande får de som inte tidigare har rest utomlands med kommunen förtur.",
               "Återstående platser lottas bland de sökande, med jämn fördelning mellan skolor så långt "
               "det är möjligt."]),
    ("p", "Besked om plats lämnas senast den 6 mars 2026. Den som får en plats bekräftar den inom en vecka, "
          "annars går platsen till nästa person på reservlistan."),
    ("h1", "Kostnader"),
    ("p", "Resan kostar omkring 9 800 kr per deltagare för resor, boende, mat och försäkring. Kommunen "
          "betalar allt utom en egenavgift på 500 kr per deltagare, som betalas mot faktura senast den "
          "30 april 2026."),
    ("p", "Egenavgiften kan efterges om den är ett hinder för att åka. Vårdnadshavare eller deltagare som vill "
          "att avgiften efterges kontaktar fritidschefen, och frågan behandlas utan att andra deltagare får "
          "veta något om det. Ingen behöver visa upp inkomstuppgifter."),
    ("p", "Resan finansieras med kommunens medel för ungdomsdemokrati. Kommunstyrelsen har avsatt "
          "180 000 kr för resan, inklusive förberedelser och redovisning."),
    ("p", "Fickpengar för egna inköp tar deltagarna med själva. Frukost, lunch och middag ingår alla dagar "
          "utom lunch på lördagen, då deltagarna äter i Europaparlamentets restauranger på egen bekostnad."),
    ("h1", "Varför åker vi?"),
    ("p", "Ungdomsrådet har sedan 2023 haft som mål att fler unga i Alingsås ska få erfarenhet av hur beslut "
          "fattas i EU. Resan till EYE är ett sätt att göra det konkret: deltagarna får träffa politiker, "
          "diskutera med unga från andra länder och ta med sig idéer hem. Efter resan ska gruppen lämna minst "
          "tre förslag till ungdomsrådet om hur kommunen kan göra det lättare för unga att påverka."),
    ("p", "Resan 2026 är den första som kommunen ordnar till EYE. Om utvärderingen blir bra kan resan "
          "återkomma nästa gång evenemanget hålls."),
    ("h1", "Förberedelser"),
    ("p", "Två förberedelseträffar är obligatoriska. Båda hålls på Ungdomens hus, Kungsgatan 8, kl. "
          "18.00–20.30:"),
    ("list", ["tisdag 14 april 2026: programmet, resan, regler och val av workshoppar",
              "tisdag 12 maj 2026: argumentation på engelska och praktiska förberedelser"]),
    ("p", "Vårdnadshavare till deltagare under 18 år är välkomna till den första träffen kl. 19.30, då "
          "ledarna går igenom resan och reglerna."),
    ("h1", "Regler under resan"),
    ("list", ["Alkohol, tobak, snus och andra droger är förbjudna under hela resan, även för deltagare som har "
              "fyllt 18 år.",
              "Deltagare under 18 år måste ha vårdnadshavares skriftliga medgivande, som lämnas senast vid "
              "den första förberedelseträffen.",
              "Alla deltagare måste ha giltigt pass eller nationellt id-kort under hela resan.",
              "Deltagarna rör sig i grupper om minst tre personer när de inte är med ledarna.",
              "Ledarna kan skicka hem en deltagare som allvarligt bryter mot reglerna. Vårdnadshavare "
              "betalar då hemresan."]),
    ("p", "Deltagarna är försäkrade genom kommunens olycksfallsförsäkring för barn och unga i kommunens "
          "verksamhet under hela resan."),
    ("h1", "Vad gör vi i Strasbourg?"),
    ("p", "Programmet på EYE är stort och deltagarna väljer själva vilka aktiviteter de vill gå på, men alla "
          "deltar i gruppens gemensamma programpunkter:"),
    ("list", ["öppningen i Europaparlamentets plenisal på fredag förmiddag",
              "minst två workshoppar eller debatter per person och dag",
              "ett möte med svenska Europaparlamentariker, om det går att boka",
              "gemensam middag och genomgång varje kväll på vandrarhemmet",
              "en stadsvandring i Strasbourg på söndag förmiddag före hemresan"]),
    ("p", "Gruppen anmäls till EYE som en grupp av ledarna. Deltagarna anmäler sig sedan själva till "
          "workshoppar i evenemangets app, där platserna fördelas efter principen först till kvarn."),
    ("h1", "Packlista"),
    ("list", ["pass eller nationellt id-kort",
              "bekväma skor – det blir mycket gående",
              "regnjacka",
              "laddare och adapter behövs inte, Frankrike har samma eluttag som Sverige",
              "pengar för lunchen på lördagen och egna inköp",
              "eventuella mediciner i handbagaget"]),
    ("h1", "Om du får förhinder"),
    ("p", "Om du lämnar tillbaka din plats senast den 30 april 2026 får du inte betala egenavgiften, och "
          "platsen går till någon på reservlistan. Lämnar du tillbaka platsen senare betalar du egenavgiften, "
          "utom om du blir sjuk och kan visa läkarintyg."),
    ("h1", "Kontakt under resan"),
    ("p", "Under resan kan vårdnadshavare nå ledarna dygnet runt på resans jourtelefon, 070-318 22 40. "
          "Ledarna skickar ett kort meddelande till vårdnadshavarna varje kväll via kommunens "
          "sms-tjänst. Vid en olycka eller allvarlig händelse kontaktar ledarna först räddningstjänsten på "
          "platsen och därefter vårdnadshavarna och fritidschefen."),
    ("h1", "Efter resan"),
    ("p", "Gruppen redovisar resan på ungdomsrådets möte den 9 juni 2026 och skriver en gemensam text till "
          "kommunens webbplats. Två deltagare, som gruppen själv väljer, berättar om resan för "
          "kommunfullmäktige i september 2026."),
    ("h1", "Frågor"),
    ("p", "Ansvariga ledare är fritidsledarna Amir Haddad och Josefin Ek på Fritid ung. Frågor om ansökan "
          "och reglerna ställs till Amir Haddad. Frågor om egenavgiften ställs till fritidschefen."),
]


# =============================================================================================
# 7. Report from the study visit to Huế – English, .pdf
# =============================================================================================

HUE_REPORT = [
    ("title", "Study visit to Huế, 20–27 April 2026 – travel report"),
    ("p", "Report from the first study visit of the Alingsås–Huế waste partnership. Written by the project "
          "manager on behalf of the participants and approved by the steering group on 3 June 2026. The "
          "report is written in English so that it can be shared with the partners in Huế."),
    ("h1", "Summary"),
    ("p", "Four members of staff from Alingsås visited Huế from 20 to 27 April 2026. The visit confirmed "
          "that the pilot area in Phú Hội and Vĩnh Ninh is well chosen, but showed that the planned site for "
          "the composting facility is at risk of flooding. The partners agreed to look for a new site and to "
          "postpone the start of the composting facility from March to June 2027. The start of separate "
          "collection of food waste in January 2027 is not affected."),
    ("h1", "Participants"),
    ("p", "The participants were chosen by the steering group in February 2026 after proposals from the "
          "working groups. As the project plan requires, at least one participant works with waste "
          "collection in practice."),
    ("list", ["Oskar Lindqvist, waste engineer and project manager",
              "Annika Persson, head of the Waste Unit",
              "Daniel Öberg, collection driver and team leader, Waste Unit",
              "Sofia Nilsson, communications officer, Planning and Building Department"]),
    ("p", "The international coordinator had planned to take part but stayed in Alingsås, so that the "
          "group would keep to the project plan's limit of four participants from Alingsås per visit."),
    ("h1", "Programme"),
    ("table", [["Date", "Main activity"],
               ["Mon 20 Apr", "Arrival via Hanoi; welcome dinner hosted by HEPCO"],
               ["Tue 21 Apr", "Meeting with the city's Department of Environment; steering group"],
               ["Wed 22 Apr", "Visit to Thủy Phương landfill and the sorting line"],
               ["Thu 23 Apr", "Walk through the pilot area; meeting with ward committees"],
               ["Fri 24 Apr", "Site visit: planned composting site by Vĩnh Ninh market"],
               ["Sat 25 Apr", "Visit to a community composting project in Da Nang"],
               ["Sun 26 Apr", "Free day"],
               ["Mon 27 Apr", "Working group meetings; departure in the evening"]]),
    ("h1", "Observations"),
    ("h2", "Collection"),
    ("p", "HEPCO collects household waste every day in the central wards, mostly with small handcarts that "
          "are emptied into compactor trucks at fixed points. The system is labour-intensive but reaches "
          "almost every household. Adding a separate food waste bin is seen as realistic as long as the "
          "handcarts are divided into two compartments. HEPCO estimates the cost of rebuilding 120 handcarts "
          "at around VND 360 million, about SEK 150,000, which the project budget can cover within the "
          "equipment line."),
    ("h2", "The landfill"),
    ("p", "The landfill at Thủy Phương receives around 600 tonnes of waste a day. The city plans to close "
          "the oldest cells by 2030. Staff at the landfill estimated that food and garden waste make up "
          "more than half of the incoming weight during the rainy season."),
    ("h2", "The composting site"),
    ("p", "The site by Vĩnh Ninh market was flooded to a depth of about 40 centimetres during the floods of "
          "November 2020. Raising the whole site would cost more than the facility itself. The partners "
          "therefore agreed that HEPCO will propose at least two alternative sites by 31 July 2026 and that "
          "the steering group will choose the site at its digital meeting in August 2026."),
    ("h2", "Ward committees"),
    ("p", "The meeting with the ward committees in Phú Hội and Vĩnh Ninh was the most useful part of the visit "
          "for Alingsås. The committees have a representative for every 30 to 50 households, and these "
          "representatives are expected to pass on information from the city door to door. Alingsås has "
          "nothing similar, and the communications officer will propose a test with volunteer waste "
          "ambassadors in two blocks of flats in Noltorp in 2027."),
    ("h1", "Decisions taken during the visit"),
    ("olist", ["The start of separate food waste collection in the pilot area stays at January 2027.",
               "The composting facility is postponed to June 2027 because a new site is needed.",
               "HEPCO proposes at least two alternative sites by 31 July 2026.",
               "The visit of five participants from Huế to Alingsås takes place on 5–10 October 2026.",
               "Minutes of the steering group will be translated into Vietnamese within two weeks of each meeting."]),
    ("h1", "Costs of the visit"),
    ("p", "The visit cost SEK 118,400 in total, compared with SEK 130,000 in the budget. Flights were the "
          "largest cost, at SEK 62,800 for four people. Hotels cost SEK 21,600, local transport and the bus "
          "to Da Nang SEK 9,500, interpreting SEK 14,200 and vaccinations and visas SEK 10,300. Meals were "
          "paid by the participants from their ordinary allowance and are not included."),
    ("p", "Interpreting was needed at the landfill and at the meeting with the ward committees, where the "
          "participants did not speak English. The interpreter was booked through HEPCO."),
    ("h1", "Lessons for the next visit"),
    ("list", ["Apply for visas at least four weeks in advance; one e-visa took 19 days.",
              "Send questions to the hosts two weeks before, so that the right experts attend.",
              "Plan fewer meetings per day; the heat made afternoon site visits very tiring.",
              "Bring printed material in Vietnamese about Alingsås and the project."]),
    ("h1", "Next steps"),
    ("p", "The next study visit is the visit by five participants from Huế to Alingsås on 5–10 October "
          "2026. The official invitation must be sent by 13 July 2026, twelve weeks before the visit. The "
          "Waste Unit's administrator Petra Sjögren is responsible for booking the hotel and local transport."),
]


# =============================================================================================
# 8. Welcome guide for visiting apprentices – English, .docx
# =============================================================================================

WELCOME_APPRENTICES = [
    ("title", "Welcome to Alingsås – guide for visiting apprentices from Herning and Gjøvik"),
    ("p", "This guide is for apprentices from Herning Kommune and Gjøvik kommune who spend three weeks "
          "working in Alingsås Municipality as part of the Nordic apprentice exchange. It is written in "
          "English, but your host supervisor in Alingsås understands Danish and Norwegian if you speak "
          "slowly. Competence Unit, HR Department, Alingsås Municipality, 2026 edition."),
    ("h1", "Alingsås in brief"),
    ("p", "Alingsås is a town of about 42,000 inhabitants, 45 kilometres north-east of Gothenburg. It is "
          "known for its cafés, its wooden old town and its history as the birthplace of the Swedish "
          "textile industry. The municipality has about 3,500 employees and is the largest employer in the "
          "town."),
    ("p", "The train from Gothenburg Central Station takes about 30 minutes. Alingsås station is in the town "
          "centre, a ten-minute walk from the youth hostel."),
    ("h1", "Before you come"),
    ("p", "About a month before the exchange you will receive an e-mail from the Competence Unit with the "
          "name of your host workplace, your host supervisor and your working hours. Please reply with your "
          "shoe size and clothing size so that protective clothing can be ready on your first day, and tell "
          "us about any food allergies."),
    ("p", "Bring your own safety shoes, work trousers and any personal protective equipment that you "
          "normally use. Helmets, hearing protection and high-visibility vests are lent by the host "
          "workplace."),
    ("p", "Your employer at home is responsible for your insurance during the exchange, and you keep your "
          "ordinary salary from your home municipality."),
    ("h1", "Arrival"),
    ("p", "You travel on the Sunday before your first working day. The Competence Unit has booked a room for "
          "you at Alingsås youth hostel (Alingsås vandrarhem), where you have a single room with a shared "
          "kitchen. The key can be collected from the key box at the entrance with the code you receive by "
          "text message on the day of arrival."),
    ("p", "On your first morning your host supervisor meets you at the youth hostel at 07:15 and takes you to "
          "the workplace. You will also get a Västtrafik travel card that is valid for three weeks on all "
          "buses and local trains in the region, including the trains to Gothenburg."),
    ("h1", "Working days"),
    ("p", "Working hours are normally 07:00–16:00 from Monday to Thursday and 07:00–14:00 on Friday, "
          "including a 30-minute lunch break. Some workplaces, for example the central kitchen, start at "
          "06:00. Your host supervisor tells you your exact hours."),
    ("p", "You receive 15 lunch vouchers that can be used in the municipality's staff restaurants and at "
          "two restaurants close to the town hall. Breakfast and dinner you arrange yourself; the youth "
          "hostel kitchen can be used for cooking."),
    ("h2", "Host workplaces"),
    ("p", "Apprentices are placed at one of the following workplaces, depending on their trade:"),
    ("table", [["Trade", "Host workplace in Alingsås"],
               ["Property maintenance and electrician", "Property Department, maintenance team"],
               ["Cook and kitchen assistant", "Central kitchen at Nolhaga"],
               ["Landscaping and parks", "Parks and Green Spaces Unit"],
               ["Vehicle mechanic", "The municipal vehicle workshop"],
               ["Carpenter", "Property Department, carpentry workshop"]]),
    ("h1", "Rules while you are here"),
    ("list", ["You may not work alone. A supervisor or colleague is always nearby.",
              "You may not drive the municipality's vehicles or work machines.",
              "Follow the safety rules of the workplace and use the protective equipment you are given.",
              "Report any accident or injury to your host supervisor at once, and to your own manager at home "
              "the same day.",
              "If you are ill, call your host supervisor before 07:00."]),
    ("p", "Smoking and snus are not allowed during working hours on municipal premises. Alcohol is never "
          "allowed at work."),
    ("h1", "Free time"),
    ("p", "There is a lot to do in and around Alingsås after work. The youth hostel lends out bicycles free "
          "of charge, and the Nolhaga park and the lake Mjörn are within cycling distance. The municipal "
          "swimming baths, Nolhaga Swimming Hall, are open every evening."),
    ("p", "During each exchange period the Competence Unit invites all visiting apprentices to a joint "
          "evening with the Alingsås apprentices who have been on exchange. In 2026 the evenings are held "
          "on Wednesday 22 April and Wednesday 14 October."),
    ("p", "If you want to visit Gothenburg at the weekend, your travel card is valid for the trip. Trips "
          "outside the region are at your own cost."),
    ("h1", "At the end of the exchange"),
    ("p", "On your last day your host supervisor fills in the joint assessment form together with you. You "
          "receive the Nordic apprentice certificate, signed by both municipalities, by post within four "
          "weeks. Please return the key to the youth hostel and the protective clothing to the workplace "
          "before you leave."),
    ("h1", "Contacts"),
    ("p", "Your first contact for everything that concerns your work is your host supervisor. For questions "
          "about travel, accommodation, the travel card or the lunch vouchers, contact Johan Falk at the "
          "Competence Unit. Outside office hours, in an emergency, call 112."),
]


# =============================================================================================
# 9. Annual report 2025 on international work, Planning and Building – Swedish, .pdf
# =============================================================================================

SBF_ARSRAPPORT = [
    ("title", "Internationellt arbete inom samhällsbyggnadsförvaltningen – verksamhetsberättelse 2025"),
    ("p", "Bilaga till samhällsbyggnadsnämndens verksamhetsberättelse för 2025. Sammanställd av "
          "förvaltningens kansli i januari 2026 och överlämnad till den internationella samordnaren för "
          "kommunens samlade redovisning till kommunstyrelsen."),
    ("h1", "Sammanfattning"),
    ("p", "Samhällsbyggnadsförvaltningen deltog under 2025 i fyra internationella samarbeten: förberedelserna "
          "av partnerskapet med Huế om avfallshantering, medlemskapet i Nordic Repair & Share Network, "
          "Blå Flagg på kommunens badplatser tillsammans med kultur- och fritidsförvaltningen samt "
          "förberedelserna av förstudien om en nordisk-baltisk cykelled. Förvaltningen deltog också i "
          "kommunens arbete inom Intercultural Cities genom två grannskapsdialoger."),
    ("p", "Det internationella arbetet omfattade sammanlagt omkring 1 400 arbetstimmar, vilket motsvarar "
          "knappt en heltidstjänst. De externa kostnaderna var 167 000 kr, varav 96 000 kr finansierades "
          "av andra än kommunen."),
    ("h1", "Partnerskapet med Huế"),
    ("p", "Under 2025 hölls fyra digitala möten med Huế stads miljöavdelning och miljöbolaget HEPCO. "
          "Kommunstyrelsen beslutade den 11 september 2025 att inleda partnerskapet, och i november 2025 "
          "beviljade Stiftelsen Västsvensk Miljösamverkan 1,5 miljoner kronor för perioden 2026–2028."),
    ("p", "Några resor gjordes inte under 2025. Kostnaderna bestod av arbetstid och en översättning av "
          "projektansökan till engelska, som kostade 18 000 kr."),
    ("h1", "Nordic Repair & Share Network"),
    ("p", "Sakbiblioteket på Återbruket öppnade i mars 2025 och hade vid årets slut omkring 340 saker att "
          "låna. Under året gjordes cirka 1 900 lån av 610 olika låntagare. Reparationskaféet hölls tio "
          "gånger och hade sammanlagt omkring 420 besökare, som lagade 530 saker."),
    ("p", "Två medarbetare deltog i nätverkets årsmöte i Bergen i april 2025. Resan kostade 23 000 kr och "
          "betalades av avfallsenheten. Kommunen betalade ingen medlemsavgift."),
    ("h1", "Blå Flagg"),
    ("p", "Sommaren 2025 hade två badplatser Blå Flagg: Lövekulle och Ömmern. Avgiften till Håll Sverige "
          "Rent var 4 200 kr per badplats, sammanlagt 8 400 kr, och betalades av kultur- och "
          "fritidsförvaltningen. Samhällsbyggnadsförvaltningens miljöenhet tog 12 vattenprover under "
          "säsongen. Ett prov vid Ömmern i juli visade otjänligt vatten, och flaggan var nere i fyra dagar."),
    ("p", "I november 2025 ansökte kommunen om Blå Flagg för 2026 för fyra badplatser: Lövekulle, Ömmern, "
          "Gerdsken och Nolhagabadet."),
    ("h1", "Förberedelser av cykelleden"),
    ("p", "Idén till en nordisk-baltisk cykelled togs upp av Visit Alingsås och Cykelfrämjandet våren 2025. "
          "Enheten för trafik och gata bjöd in grannkommunerna och tre partner i Estland och Lettland till ett "
          "digitalt möte i juni 2025. Ansökan om medel för en förstudie lämnades till Västra "
          "Götalandsregionen den 14 november 2025 och beviljades i februari 2026."),
    ("h1", "Grannskapsdialoger"),
    ("p", "Inom arbetet med Intercultural Cities höll förvaltningen två grannskapsdialoger som pilot hösten "
          "2025, i Noltorp i oktober och i Brogården i november. Sammanlagt deltog omkring 85 invånare. "
          "De vanligaste synpunkterna gällde belysning, lekplatser och städning av gemensamma ytor."),
    ("h1", "Ekonomi"),
    ("table", [["Samarbete", "Externa kostnader 2025", "Extern finansiering"],
               ["Huế (förberedelser)", "18 000 kr", "0 kr"],
               ["Nordic Repair & Share Network", "23 000 kr", "0 kr"],
               ["Blå Flagg (provtagning och analyser)", "16 000 kr", "0 kr"],
               ["Cykelleden (förberedelser)", "14 000 kr", "0 kr"],
               ["Grannskapsdialoger (tolk, lokaler)", "96 000 kr", "96 000 kr"],
               ["Summa", "167 000 kr", "96 000 kr"]]),
    ("p", "Grannskapsdialogerna finansierades helt av kommunledningskontorets budget för Intercultural "
          "Cities och räknas därför som extern finansiering för förvaltningen."),
    ("h1", "Inför 2026"),
    ("p", "Under 2026 väntas det internationella arbetet öka kraftigt, främst genom de två studiebesöken i "
          "partnerskapet med Huế och förstudien om cykelleden. Förvaltningen bedömer att det internationella "
          "arbetet 2026 kommer att motsvara ungefär två heltidstjänster."),
    ("p", "Förvaltningen föreslår att en gemensam rutin för internationella resor och besök tas fram "
          "tillsammans med kommunledningskontoret under 2026."),
]


# =============================================================================================
# 10. Blue Flag – internal division of responsibilities – Swedish, .docx
# =============================================================================================

BLAFLAGG_INTERN = [
    ("title", "Blå Flagg 2026 – ansvarsfördelning och checklista för badplatserna"),
    ("p", "Intern arbetsbeskrivning för kultur- och fritidsförvaltningen och samhällsbyggnadsförvaltningen. "
          "Gäller badsäsongen 2026 för Lövekulle badplats, Ömmerns badplats och Gerdskens badplats. "
          "Fastställd av fritidschefen 2026-04-20."),
    ("h1", "Syfte"),
    ("p", "Blå Flagg ställer krav som berör flera förvaltningar. Den här arbetsbeskrivningen visar vem som gör "
          "vad före, under och efter säsongen, så att ingen del faller mellan stolarna och så att kommunen kan "
          "visa Håll Sverige Rent att kriterierna är uppfyllda vid en kontroll."),
    ("p", "Håll Sverige Rent gör minst ett oanmält kontrollbesök per badplats och säsong. Om en badplats inte "
          "uppfyller ett obligatoriskt kriterium vid kontrollen kan flaggan tas ned direkt och märkningen dras "
          "in för resten av säsongen."),
    ("h1", "Ansvarsfördelning"),
    ("table", [["Uppgift", "Ansvarig", "När"],
               ["Ansökan och kontakt med Håll Sverige Rent", "Badplatsansvarig, kultur och fritid", "Senast 1 december"],
               ["Vattenprover och analyser", "Miljöenheten, samhällsbyggnad", "Var fjortonde dag under säsongen"],
               ["Städning och sophantering", "Parkenheten", "Dagligen under säsongen"],
               ["Badvakter och livräddningsutrustning", "Badplatsansvarig", "Under säsongen"],
               ["Informationstavlor", "Badplatsansvarig", "Uppsatta senast 10 juni"],
               ["Miljöaktiviteter", "Badplatsansvarig med föreningar", "Minst fem per badplats"],
               ["Tillgänglighet och toaletter", "Fastighetsavdelningen", "Kontroll före 10 juni"]]),
    ("h1", "Före säsongen"),
    ("olist", ["Parkenheten städar stränderna och kontrollerar bryggor, grillplatser och sopkärl senast 5 juni.",
               "Fastighetsavdelningen kontrollerar att toaletterna fungerar och att tillgänglighetsanpassningen "
               "är i ordning senast 10 juni.",
               "Badplatsansvarig sätter upp informationstavlor med Blå Flagg-information, karta, ordningsregler "
               "och de senaste provsvaren senast 10 juni.",
               "Miljöenheten tar ett första vattenprov på varje badplats mellan 1 och 10 juni.",
               "Badvakterna går sin introduktion, med livräddning och hjärt-lungräddning, den 11–12 juni.",
               "Flaggan hissas den 15 juni om det första provet visar tjänligt vatten."]),
    ("h1", "Badvakter"),
    ("p", "Kommunen anställer sex badvakter för säsongen 2026, fyra till Lövekulle och två till Ömmern. "
          "Gerdskens badplats har ingen badvakt; där finns i stället en livbojsstation och en nödtelefon. "
          "Blå Flagg kräver inte badvakt på alla badplatser, men där badvakt saknas ska det finnas tydlig "
          "skyltning om det och livräddningsutrustning som kontrolleras varje dag."),
    ("p", "Badvakterna ska vara minst 18 år och ha ett giltigt livräddarprov, som kommunen betalar om det "
          "behövs. Timlönen följer kommunens avtal för säsongsanställda."),
    ("h1", "Informationstavlan"),
    ("p", "Varje Blå Flagg-badplats ska ha en informationstavla. Tavlan ska innehålla följande:"),
    ("list", ["information om Blå Flagg och kriterierna, på svenska och engelska",
              "de senaste resultaten av vattenproverna",
              "en karta över badplatsen med badområde, livräddningsutrustning, toaletter och första hjälpen",
              "ordningsregler, bland annat att hundar inte får vistas på stranden 1 juni–31 augusti",
              "information om känsliga naturområden i närheten",
              "telefonnummer till badplatsansvarig och till närmaste sjukvård"]),
    ("h1", "Om ett vattenprov är dåligt"),
    ("p", "Om ett prov visar otjänligt vatten meddelar miljöenheten badplatsansvarig samma dag. "
          "Badplatsansvarig tar ned flaggan, sätter upp en skylt som avråder från bad och publicerar "
          "informationen på webbplatsen. Miljöenheten tar ett nytt prov inom tre dagar. Flaggan hissas igen "
          "när ett nytt prov visar tjänligt vatten."),
    ("p", "Badplatsansvarig meddelar också Håll Sverige Rent inom 48 timmar när flaggan har tagits ned."),
    ("h1", "Efter säsongen"),
    ("p", "Flaggan tas ned den 15 augusti. Badplatsansvarig skriver en säsongsrapport med provresultat, "
          "miljöaktiviteter, antal besökare och olyckor senast den 15 oktober. Rapporten ligger till grund för "
          "ansökan inför nästa säsong, som ska vara inlämnad senast den 1 december."),
    ("h1", "Budget 2026"),
    ("p", "Kultur- och fritidsförvaltningen har budgeterat 610 000 kr för Blå Flagg-badplatserna 2026. "
          "Största posterna är badvakternas löner, omkring 420 000 kr, och städning, omkring 95 000 kr. "
          "Avgiften till Håll Sverige Rent är 13 500 kr. Miljöenhetens provtagning ingår inte i budgeten utan "
          "betalas av samhällsbyggnadsförvaltningen."),
]

# =============================================================================================
# 11. Example case brief for the summer school – English, .docx
# =============================================================================================

CASE_BRIEF = [
    ("title", "Case brief: Reusing textile waste from municipal operations"),
    ("p", "Alingsås International Summer School 2026. Case owner: Waste Unit, Planning and Building "
          "Department. Final version, 5 June 2026. Length: three pages, as required by the handbook."),
    ("h1", "The question"),
    ("p", "How can Alingsås Municipality reduce the amount of textiles that its own operations throw away, "
          "and find local uses for the textiles that can no longer be used for their original purpose?"),
    ("h1", "Background"),
    ("p", "Since 1 January 2025 all EU member states must collect textile waste separately. In Sweden the "
          "municipalities are responsible for collecting textile waste from households, and Alingsås has "
          "placed textile containers at both recycling centres and at twelve recycling stations."),
    ("p", "The municipality's own operations also produce textile waste: worn-out workwear, bed linen and "
          "towels from care homes, curtains and textiles from schools and preschools, and mops and cleaning "
          "cloths. A survey in the spring of 2026 estimated this at about 14 tonnes a year. About a third is "
          "workwear, a quarter bed linen and towels, and the rest other textiles."),
    ("p", "Today almost all of it is thrown away as residual waste and incinerated. Only workwear from the "
          "parks unit is collected separately, through the supplier's take-back scheme."),
    ("h1", "What we already know"),
    ("list", ["The central laundry for care homes discards about 3,000 sheets and towels a year because of "
              "stains or wear.",
              "Schools and preschools replace curtains when they are renovated, about every 15 years, and "
              "nobody keeps track of what happens to the old ones.",
              "Sakbiblioteket and the repair café at Återbruket have asked for textiles for sewing workshops.",
              "The upper secondary school's design programme uses fabric remnants and would like more.",
              "Hygiene rules mean that some textiles from care homes cannot be reused in other operations."]),
    ("h1", "What we want from the students"),
    ("p", "We want the student team to propose a system for how the municipality's own textiles can be "
          "collected, sorted and reused or recycled. The proposal should be realistic for a municipality of "
          "our size and should be possible to start as a pilot in 2027 within a budget of SEK 200,000."),
    ("p", "We would especially like ideas on:"),
    ("list", ["how to sort textiles close to where they are discarded, without extra work for care staff",
              "which local actors could use the textiles: schools, associations, companies or the repair café",
              "how the Swedish School of Textiles in Borås could be involved in recycling the rest",
              "how to measure the results"]),
    ("h1", "What the students will have access to"),
    ("p", "The team will get the results of the 2026 survey, a visit to the central laundry and to Återbruket, "
          "and interviews with the head of the laundry, a preschool manager and the reuse coordinator. All "
          "data is anonymous and contains no personal information."),
    ("p", "The students may not visit care homes, because of hygiene rules and the residents' privacy. "
          "Questions to care staff are collected by the case owner and answered in writing."),
    ("h1", "Limits"),
    ("p", "The proposal does not need to cover textiles from households, which are handled in the waste "
          "plan. Nor should the students propose new procurements of workwear, as the municipality's "
          "agreement runs until 2029."),
    ("h1", "Case owner"),
    ("p", "The case owner is Sara Holm, reuse coordinator at the Waste Unit. She meets the team on the "
          "opening day, on Wednesday in week 1 for the visit to the laundry and Återbruket, and on Monday "
          "and Wednesday in week 2. Her deputy during the course is the head of the Waste Unit, Annika "
          "Persson."),
]


# =============================================================================================
# 12. Interpreting for residents – statistics 2025 – Swedish, .pdf
# =============================================================================================

TOLK_STATISTIK = [
    ("title", "Tolkning för invånare – uppföljning 2025"),
    ("p", "Uppföljning av kommunens användning av tolk och översättning i kontakter med invånare som inte "
          "talar svenska. Sammanställd av kontaktcenter och upphandlingsenheten, februari 2026. Underlaget "
          "kommer från Tolkförmedling Västs fakturor och bokningsstatistik."),
    ("h1", "Sammanfattning"),
    ("p", "Under 2025 bokade kommunens förvaltningar 6 840 tolkuppdrag, vilket är 9 procent fler än 2024. "
          "Ökningen beror främst på fler uppdrag i ukrainska och på att skolan har börjat använda tolk vid fler "
          "utvecklingssamtal. Den sammanlagda kostnaden för tolkning och översättning var 5,9 miljoner kronor."),
    ("p", "Andelen uppdrag som utfördes på distans, via telefon eller video, var 58 procent. Andelen har ökat "
          "varje år sedan 2020, men tolk på plats används fortfarande vid de flesta möten som gäller barn."),
    ("h1", "Uppdrag per förvaltning"),
    ("table", [["Förvaltning", "Antal uppdrag", "Kostnad"],
               ["Socialförvaltningen", "3 120", "2 750 000 kr"],
               ["Barn- och ungdomsförvaltningen", "2 310", "1 890 000 kr"],
               ["Vård- och omsorgsförvaltningen", "980", "820 000 kr"],
               ["Samhällsbyggnadsförvaltningen", "150", "110 000 kr"],
               ["Övriga förvaltningar", "280", "330 000 kr"],
               ["Summa", "6 840", "5 900 000 kr"]]),
    ("p", "Posten övriga förvaltningar omfattar bland annat kultur och fritid, kontaktcenter och "
          "kommunledningskontoret. Tolkning vid internationella möten och besök ingår inte i "
          "uppföljningen, eftersom den betalas av respektive projekt eller förvaltning enligt en egen rutin."),
    ("h1", "De vanligaste språken"),
    ("p", "Uppdragen gällde 52 olika språk. De fem vanligaste språken stod för 71 procent av alla uppdrag:"),
    ("olist", ["arabiska, 2 150 uppdrag",
               "somaliska, 1 020 uppdrag",
               "tigrinja, 610 uppdrag",
               "ukrainska, 590 uppdrag",
               "dari, 480 uppdrag"]),
    ("p", "Ukrainska var det språk som ökade mest, från 310 uppdrag 2024. Uppdragen i bosniska, serbiska och "
          "kroatiska minskade."),
    ("h1", "Kvalitet och avvikelser"),
    ("p", "Förvaltningarna rapporterade 74 avvikelser under året, vilket motsvarar drygt 1 procent av "
          "uppdragen. De vanligaste avvikelserna var att tolken kom för sent eller inte kom alls (41 fall), "
          "att tolken inte behärskade rätt dialekt (15 fall) och att tolken inte var "
          "opartisk (6 fall). Alla avvikelser har rapporterats till Tolkförmedling Väst."),
    ("p", "I 92 procent av uppdragen hade tolken någon form av formell kompetens: auktorisation från "
          "Kammarkollegiet eller genomgången grundutbildning för tolkar."),
    ("h1", "Skriftlig översättning"),
    ("p", "Kommunen beställde 212 skriftliga översättningar under 2025, till en kostnad av 380 000 kr. Den "
          "största delen var information till vårdnadshavare om förskola och skolval samt beslut inom "
          "ekonomiskt bistånd."),
    ("h1", "Kostnader och pris"),
    ("p", "Priset för en kontakttolk på plats var 2025 i genomsnitt 910 kr per timme inklusive "
          "förmedlingsavgift, och för en telefontolk 640 kr per timme. Varje påbörjad bokning debiteras minst "
          "en timme. Sena avbokningar, senare än 24 timmar före uppdraget, kostade kommunen 96 000 kr."),
    ("p", "Från den 1 april 2026 höjs priserna enligt avtalet med 3,5 procent."),
    ("h1", "Förslag till förbättringar"),
    ("list", ["Alla förvaltningar ska använda bokningsportalens fält för dialekt, för att minska antalet fel.",
              "Avbokning ska göras så tidigt som möjligt; förvaltningarna får månadsvis en lista över sena "
              "avbokningar.",
              "Kontaktcenter tar fram en kort utbildning om att arbeta med tolk, som ska vara klar hösten 2026.",
              "Videotolkning ska prövas i hemtjänsten under 2026."]),
    ("p", "Uppföljningen redovisas för kommunstyrelsens arbetsutskott i mars 2026."),
]


# =============================================================================================
# 13. Intercultural Week 2026 – invitation to associations – Swedish, .pdf
# =============================================================================================

INTERKULTURELLA_VECKAN = [
    ("title", "Interkulturella veckan 5–11 oktober 2026 – inbjudan till föreningar och skolor"),
    ("p", "Kultur- och fritidsförvaltningen bjuder in föreningar, studieförbund, trossamfund och skolor i "
          "Alingsås att vara med och skapa programmet för Interkulturella veckan 2026. Veckan är en del av "
          "kommunens arbete som medlem i Europarådets program Intercultural Cities."),
    ("h1", "Vad är Interkulturella veckan?"),
    ("p", "Interkulturella veckan är en vecka med aktiviteter i hela kommunen där invånare med olika "
          "bakgrund möts genom mat, musik, idrott, berättande och samtal. Veckan arrangerades första gången i "
          "oktober 2025 med 23 programpunkter och omkring 2 400 besökare."),
    ("p", "Alla aktiviteter i programmet ska vara öppna för alla och kostnadsfria för besökarna. Aktiviteterna "
          "ska bidra till att människor som annars inte träffas möts och gör något tillsammans."),
    ("h1", "Så anmäler ni en aktivitet"),
    ("olist", ["Fyll i anmälningsformuläret på kommunens webbplats senast den 1 juni 2026.",
               "Beskriv aktiviteten kort, ange plats, tid, målgrupp och om ni behöver stöd.",
               "Kultur- och fritidsförvaltningen kontaktar er senast den 30 juni med besked.",
               "Skicka en text och gärna en bild till programmet senast den 21 augusti.",
               "Efter veckan svarar ni på en kort enkät om hur aktiviteten gick."]),
    ("h1", "Stöd till arrangörer"),
    ("p", "Föreningar som arrangerar en aktivitet i programmet kan få ett arrangörsstöd på högst 5 000 kr per "
          "aktivitet för att täcka kostnader för material, lokalhyra eller artister. Stödet söks i "
          "anmälningsformuläret och betalas ut efter veckan mot redovisning av kostnaderna. Skolor kan inte "
          "få arrangörsstöd."),
    ("p", "Den sammanlagda ramen för arrangörsstöd är 45 000 kr. Om ansökningarna överstiger ramen prioriteras "
          "aktiviteter som arrangeras av flera föreningar tillsammans."),
    ("p", "Förvaltningen kan också hjälpa till med marknadsföring, kostnadsfria lokaler i kommunens "
          "fritidsgårdar och bibliotek samt lån av scen, ljudanläggning och tält från kommunens "
          "evenemangsförråd."),
    ("h1", "Återkommande programpunkter"),
    ("p", "Vissa delar av programmet ordnas av kommunen själv varje år:"),
    ("list", ["matmarknad på Stora torget lördagen den 10 oktober kl. 11–16",
              "berättarstunder på flera språk på biblioteket under hela veckan",
              "fotbollsdag för alla åldrar på Nolhaga söndagen den 11 oktober",
              "öppna repetitioner med körer och dansgrupper"]),
    ("p", "Föreningar som vill ha ett stånd på matmarknaden anmäler det i samma formulär. Ett stånd kostar "
          "inget, men föreningen ansvarar för att livsmedelsreglerna följs. Miljöenheten ger råd om det."),
    ("h1", "Regler"),
    ("list", ["Aktiviteterna får inte vara partipolitiska eller innehålla religiös förkunnelse.",
              "Alkohol får inte serveras vid aktiviteter i programmet.",
              "Aktiviteter för barn ska ha minst två vuxna ledare på plats.",
              "Arrangören ansvarar för tillstånd, till exempel polistillstånd för offentlig tillställning."]),
    ("h1", "Kontakt"),
    ("p", "Frågor om Interkulturella veckan besvaras av kultur- och fritidsförvaltningens evenemangssamordnare "
          "Noor Al-Sayed. Frågor om kommunens arbete som interkulturell stad i stort besvaras av "
          "ICC-samordnaren på kommunledningskontoret."),
]

# =============================================================================================
# 14. Briefing for host companies on the Gujarat delegation – English, .docx
# =============================================================================================

DELEGATION_BRIEFING = [
    ("title", "Meeting the Gujarat delegation – briefing for host companies"),
    ("p", "Short briefing from the Business Development Unit for companies that host visits or matchmaking "
          "meetings during the visit of the Gujarat Textile Design Council on 21–24 September 2026. Sent to "
          "registered companies on 7 September 2026 together with the delegate profiles."),
    ("h1", "Who is coming"),
    ("p", "The delegation consists of designers, owners and managers from textile design companies in "
          "Ahmedabad and Surat, two of the main centres of India's textile industry. Surat is known for "
          "synthetic fabrics and embroidery, Ahmedabad for cotton, denim and block printing. Most of the "
          "companies have between 20 and 300 employees, and several already export to Europe."),
    ("p", "The delegates are interested in recycled fibres, low-water dyeing, digital printing and how "
          "Swedish companies document the origin of their materials. Several want to find European design "
          "partners rather than buyers."),
    ("h1", "Before the meeting"),
    ("list", ["Read the profile of the delegates you will meet and prepare one or two concrete questions.",
              "Have a short presentation in English, with pictures rather than long texts.",
              "Prepare business cards; they are exchanged at the start of the meeting.",
              "Check the delegates' dietary requirements if you offer anything to eat."]),
    ("h1", "During the meeting"),
    ("p", "Meetings usually start with a few minutes of small talk about the journey and the visit. It is "
          "common for the most senior person in the group to speak first. Do not be surprised if decisions "
          "are not made during the meeting: the delegates often want to discuss with their partners at home."),
    ("p", "Matchmaking meetings last 30 minutes. The Business Development Unit keeps time and knocks on the "
          "door five minutes before the end. If you want to continue the conversation, agree on a later "
          "contact rather than running over time, since the next meeting is waiting."),
    ("h1", "Food and hospitality"),
    ("p", "If you offer coffee or snacks during a visit, include something vegetarian and without egg. Three "
          "delegates follow a Jain diet and do not eat root vegetables such as onion, garlic or potatoes. "
          "Fruit, nuts and plain biscuits are safe choices. Tea is appreciated as much as coffee."),
    ("h1", "After the meeting"),
    ("p", "Send a short follow-up e-mail within a week. The Business Development Unit will send a follow-up "
          "survey to all host companies within four weeks of the visit. Please answer it even if nothing "
          "came out of your meetings; it helps the unit to plan future visits."),
    ("p", "The unit cannot help companies with contracts, export rules or payments. Companies that want such "
          "support are referred to Business Sweden and the regional export advisers."),
    ("h1", "Practical details"),
    ("table", [["Item", "Details"],
               ["Company visits", "Wednesday 23 September, 09:00–12:30, groups of seven"],
               ["Matchmaking meetings", "Thursday 24 September, town hall, 09:30–16:00"],
               ["Meetings per company", "At most four"],
               ["Seminar on circular design", "Wednesday 23 September, 15:00, Alingsås library"],
               ["Farewell dinner", "Thursday 24 September, 18:30, Nolhaga; one seat per host company"]]),
    ("p", "Each host company may send one person to the farewell dinner free of charge. Further guests can be "
          "added at SEK 650 per person if there are seats left, to be paid by the company."),
    ("p", "Questions: Farida Nyström, Business Development Unit."),
]


# =============================================================================================
# 15. Programme for the Huế delegation's visit to Alingsås, October 2026 – Swedish, .docx
# =============================================================================================

HUE_BESOK = [
    ("title", "Program för besöket från Huế i Alingsås 5–10 oktober 2026"),
    ("p", "Planeringsunderlag för avfallsenheten och de verksamheter som tar emot besökarna. Version 2, "
          "2026-09-01. Besöket ingår i partnerskapet mellan Alingsås kommun och Huế om avfallshantering."),
    ("h1", "Deltagare från Huế"),
    ("p", "Delegationen består av fem personer, vilket är det högsta antal som projektplanen tillåter per resa "
          "från Huế. Deltagarna har utsetts av styrgruppen efter förslag från arbetsgrupperna."),
    ("list", ["Nguyễn Thị Thu Hà, biträdande chef för stadens miljöavdelning och delegationens ledare",
              "Trần Văn Minh, driftchef på HEPCO",
              "Lê Thị Lan, arbetsledare för insamlingen i Vĩnh Ninh",
              "Phạm Quốc Huy, ingenjör med ansvar för den planerade komposteringsanläggningen",
              "Hoàng Thị Mai, ordförande i stadsdelskommittén i Phú Hội"]),
    ("p", "Två av deltagarna talar engelska. För övriga finns en tolk mellan vietnamesiska och svenska med "
          "under hela programmet, bokad via Tolkförmedling Väst."),
    ("h1", "Program"),
    ("table", [["Dag", "Förmiddag", "Eftermiddag"],
               ["Mån 5 okt", "Ankomst till Landvetter kl. 09.40", "Välkomstmöte i stadshuset kl. 15.00"],
               ["Tis 6 okt", "Bälinge avfallsanläggning", "Matavfallsinsamling, följ med en sopbil"],
               ["Ons 7 okt", "Återbruket och Sakbiblioteket", "Skola som arbetar med matsvinn"],
               ["Tors 8 okt", "Styrgruppsmöte", "Bostadsbolagets avfallsrum i Noltorp"],
               ["Fre 9 okt", "Arbetsgrupperna", "Avslutning och middag kl. 18.00"],
               ["Lör 10 okt", "Hemresa, avresa från hotellet kl. 07.30", "–"]]),
    ("p", "Den 6 oktober följer två av deltagarna med en av avfallsenhetens sopbilar under en förmiddag. "
          "De ska bära kommunens skyddsvästar och skyddsskor, som avfallsenheten lånar ut."),
    ("h1", "Boende och resor"),
    ("p", "Delegationen bor på hotell i centrala Alingsås från den 5 till den 10 oktober, fem nätter. "
          "Boendet, flygresorna och en sjukvårdsförsäkring för vistelsen betalas av projektet enligt den "
          "officiella inbjudan, som skickades den 10 juli 2026. Lokala resor sker med minibuss som "
          "avfallsenheten hyr för veckan."),
    ("h1", "Måltider"),
    ("p", "Projektet betalar lunch alla dagar och avslutningsmiddagen. Övriga middagar betalar deltagarna "
          "själva. Kommunen betalar inte för alkohol."),
    ("h1", "Ansvar"),
    ("p", "Projektledaren Oskar Lindqvist ansvarar för programmet och är delegationens värd under veckan. "
          "Administratören Petra Sjögren bokar hotell, minibuss och måltider. Varje verksamhet som tar emot "
          "besök utser en person som tar emot gruppen och berättar om verksamheten."),
    ("p", "Verksamheter som tar emot besök ska planera för högst två timmar per besök, inklusive tolkning. "
          "Eftersom allt tolkas tar varje presentation ungefär dubbelt så lång tid som vanligt."),
]


# =============================================================================================
# 16. ICC Index 2025 – summary of results – English, .docx
# =============================================================================================

ICC_INDEX = [
    ("title", "Intercultural Cities Index 2025 – summary of the results for Alingsås"),
    ("p", "Summary prepared by the ICC coordinator of the Council of Europe's report on Alingsås, received "
          "on 15 January 2026. The full report, in English, is available from the Municipal Executive Office. "
          "This summary is intended for the working group and the departments."),
    ("h1", "About the index"),
    ("p", "The Intercultural Cities Index is a questionnaire that every member city answers. It measures how "
          "far the city's policies, services and governance support intercultural integration. The answers "
          "are scored by the Council of Europe, which compares each city with all member cities and with "
          "cities of a similar size. The index is not a ranking of how well people get along in the city; it "
          "measures what the municipality and its partners do."),
    ("p", "Alingsås answered the questionnaire between September and November 2025. Answers were collected "
          "from all departments, the housing company Alingsåshem and three associations. The ICC coordinator "
          "compiled the answers and the municipal director approved them before they were submitted."),
    ("h1", "Overall result"),
    ("p", "Alingsås achieved an overall score of 58 out of 100. The average for member cities with fewer "
          "than 100,000 inhabitants is 61, and the average for all member cities is 64. The result is "
          "typical for a city in its first year of membership."),
    ("h1", "Results by area"),
    ("table", [["Area", "Alingsås", "Cities under 100,000"],
               ["Education", "74", "63"],
               ["Cultural and civil life", "70", "66"],
               ["International outlook", "66", "58"],
               ["Public space", "60", "62"],
               ["Neighbourhoods", "61", "59"],
               ["Welcoming newcomers", "59", "64"],
               ["Anti-discrimination", "58", "60"],
               ["Language", "57", "61"],
               ["Public services", "55", "57"],
               ["Participation", "54", "58"],
               ["Mediation and conflict resolution", "52", "55"],
               ["Intercultural competence", "48", "56"],
               ["Business and labour market", "38", "52"],
               ["Media and communication", "35", "49"]]),
    ("h1", "Strengths"),
    ("p", "The Council of Europe's experts highlight education as the clearest strength. Schools in Alingsås "
          "offer mother-tongue tuition in 22 languages, and most schools have a plan for welcoming newly "
          "arrived pupils. Cultural and civil life also scores well, thanks to active associations and the "
          "library's programme in several languages."),
    ("p", "The score for international outlook reflects the municipality's international policy, the "
          "summer school and the partnerships with other cities."),
    ("h1", "Weaknesses"),
    ("p", "The lowest scores are for business and labour market and for media and communication. The "
          "municipality has no cooperation with local businesses on diversity in recruitment, and its "
          "communication rarely shows the diversity of the town's residents. Intercultural competence among "
          "staff also scores low, as there has been no systematic training."),
    ("h1", "The experts' recommendations"),
    ("olist", ["Train managers and front-line staff in intercultural competence.",
               "Start a dialogue with the local business community on diversity in recruitment and "
               "entrepreneurship.",
               "Review the municipality's communication so that it reflects and reaches all residents.",
               "Give residents with a foreign background a stronger voice in planning, for example through "
               "a citizens' panel.",
               "Repeat the index in 2027 to follow progress."]),
    ("p", "Four of the five recommendations are covered by the action plan for 2026–2027. The recommendation "
          "on dialogue with the business community is not yet included; the working group will propose how "
          "it can be added when the plan is followed up in August 2026."),
    ("h1", "Comparison with other Nordic members"),
    ("p", "Among the Nordic member cities that answered the index in 2024 or 2025, the overall scores ranged "
          "from 52 to 79. The Council of Europe does not publish the scores of individual cities without "
          "their consent, and the figures may therefore not be quoted by city name in the municipality's "
          "communication."),
]


# =============================================================================================
# Writers
# =============================================================================================

def write_docx(blocks, path: Path, author: str) -> None:
    import docx

    document = docx.Document()
    document.core_properties.author = author
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
        "item": ParagraphStyle("item", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=3,
                               leftIndent=14, firstLineIndent=-10),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
    }

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, running_header)
        canvas.drawRightString(A4[0] - 72, 30, f"{page_word} {doc.page}")
        canvas.restoreState()

    story = []
    for kind, value in blocks:
        if kind == "list":
            story += [Paragraph("\u2022 " + item, styles["item"]) for item in value]
            story.append(Spacer(1, 8))
        elif kind == "olist":
            story += [Paragraph(f"{n}. " + item, styles["item"]) for n, item in enumerate(value, 1)]
            story.append(Spacer(1, 8))
        elif kind == "table":
            width = (A4[0] - 144) / len(value[0])
            cells = [[Paragraph(text, styles["cell"]) for text in row] for row in value]
            table = Table(cells, hAlign="LEFT", colWidths=[width] * len(value[0]))
            table.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.88, 0.92)),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 12)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(value, styles[kind]))
    SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1], author="Alingsås kommun",
                      topMargin=72, bottomMargin=60).build(story, onFirstPage=decorate, onLaterPages=decorate)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(SUMMER_SCHOOL, folder / "summer-school-2026-handbook.docx", "Kommunledningskontoret")
    write_docx(HUE, folder / "partnerskap-hue-avfall.docx", "Samhällsbyggnadsförvaltningen")
    write_docx(APPRENTICES, folder / "nordiskt-larlingsutbyte.docx", "HR-avdelningen")
    write_docx(WELCOME_APPRENTICES, folder / "welcome-guide-visiting-apprentices.docx", "HR Department")
    write_docx(BLAFLAGG_INTERN, folder / "bla-flagg-ansvarsfordelning-2026.docx", "Kultur- och fritidsförvaltningen")
    write_docx(CASE_BRIEF, folder / "case-brief-textile-waste.docx", "Waste Unit")
    write_docx(DELEGATION_BRIEFING, folder / "gujarat-delegation-briefing.docx", "Business Development Unit")
    write_docx(HUE_BESOK, folder / "hue-besok-alingsas-oktober-2026.docx", "Avfallsenheten")
    write_docx(ICC_INDEX, folder / "icc-index-2025-summary.docx", "Municipal Executive Office")
    write_pdf(TEXTILE, folder / "textile-delegation-programme.pdf",
              "Alingsås Municipality – Business Development Unit – Visit programme", "Page")
    write_pdf(CYKELLED, folder / "forstudie-norbalt-cykelled.pdf",
              "Alingsås kommun – Förstudie NorBalt Cycle Link", "Sida")
    write_pdf(EYE, folder / "eye2026-resa-strasbourg.pdf",
              "Alingsås kommun – Fritid ung – EYE2026", "Sida")
    write_pdf(HUE_REPORT, folder / "hue-study-visit-report-2026.pdf",
              "Alingsås–Huế waste partnership – Study visit report", "Page")
    write_pdf(SBF_ARSRAPPORT, folder / "sbf-internationellt-arbete-2025.pdf",
              "Samhällsbyggnadsförvaltningen – Verksamhetsberättelse 2025, bilaga", "Sida")
    write_pdf(TOLK_STATISTIK, folder / "tolkning-uppfoljning-2025.pdf",
              "Alingsås kommun – Tolkning för invånare, uppföljning 2025", "Sida")
    write_pdf(INTERKULTURELLA_VECKAN, folder / "interkulturella-veckan-2026-inbjudan.pdf",
              "Alingsås kommun – Interkulturella veckan 2026", "Sida")
    print(f"wrote 16 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
