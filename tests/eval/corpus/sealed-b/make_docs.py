"""Writes the Word and PDF documents of evaluation part sealed-b into ./knowledge/.

FICTIONAL TEST CONTENT: people, phone numbers, amounts, dates and partner arrangements are invented
for an evaluation corpus about Alingsås kommun's international work.

    /work/main/.venv/bin/python tests/eval/corpus/sealed-b/make_docs.py

Block kinds: ("title", text), ("h1", text), ("h2", text), ("p", text), ("list", [items]),
("olist", [items]), ("table", [[header cells], [cells], ...]).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


URBAN = [
    ("title", "Alingsås in the Urban Agenda Partnership on Affordable and Sustainable Housing"),
    ("p", "Briefing note for managers and elected members. Prepared by the Community Planning Department "
          "(Samhällsbyggnadsförvaltningen) together with the Municipal Executive Office. Version 2, "
          "dated 8 September 2026. Replaces the version of 3 March 2025."),
    ("h1", "Summary"),
    ("p", "Since January 2025 Alingsås Municipality has been a member of the Urban Agenda for the EU "
          "Partnership on Affordable and Sustainable Housing. The partnership runs from January 2025 to "
          "December 2027 and brings together cities, national ministries, the European Commission and "
          "housing organisations from across the Union. Alingsås is one of only three members representing "
          "towns with fewer than 50,000 inhabitants, and the only member from the Nordic countries."),
    ("p", "Membership does not come with a grant. What Alingsås gains is influence over the recommendations "
          "that the partnership sends to the Commission and to the member states, access to the experience "
          "of other cities, and a platform to show the renovation work done in Brogården. The municipality "
          "pays for its own staff time; travel to partnership meetings is partly reimbursed, as described "
          "in the section on costs."),
    ("h1", "Housing in Alingsås: the local starting point"),
    ("p", "Alingsås has about 42,000 inhabitants, of whom roughly 28,000 live in the town itself. The "
          "municipality's housing supply programme (bostadsförsörjningsprogram) for 2024–2030 estimates that "
          "around 250 new homes a year are needed to meet population growth. In recent years completions have "
          "varied between 120 and 310 homes a year, depending mainly on interest rates and construction costs."),
    ("p", "Rental apartments make up about 38 percent of the housing stock. AB Alingsåshem, the municipal "
          "housing company, owns some 3,600 apartments, most of them built between 1950 and 1975. A large "
          "part of this stock needs energy renovation in the coming fifteen years. The experience from "
          "Brogården showed that deep renovation is possible with moderate rent increases, but also that it "
          "requires careful planning, long-term financing and intensive dialogue with the tenants."),
    ("p", "Small towns face particular problems. Banks see smaller housing markets as riskier, and EU "
          "financial instruments are usually designed for large projects. A town of Alingsås' size rarely "
          "has the staff to prepare large applications. These issues are the reason why Alingsås chose to "
          "lead the working group on small towns and housing finance."),
    ("h1", "What is the Urban Agenda for the EU"),
    ("p", "The Urban Agenda for the EU is a form of multi-level cooperation in which cities, member states, "
          "EU institutions and other stakeholders work together on urban issues. It was launched with the "
          "Pact of Amsterdam in May 2016 and renewed with the Ljubljana Agreement in November 2021. The "
          "Urban Agenda is not a funding programme, and it has no legislation of its own."),
    ("p", "An Urban Agenda partnership is a voluntary working group of around 15 to 25 members that "
          "agrees on one theme, analyses the bottlenecks in EU rules, EU funding and EU knowledge on that "
          "theme, and writes an Action Plan with concrete actions. The work rests on three pillars: better "
          "regulation, better funding and better knowledge."),
    ("p", "The first housing partnership ran from 2016 to 2018 and was coordinated by Slovakia and the City "
          "of Vienna. Its Action Plan led, among other things, to a clarification of the state aid rules "
          "for social housing. The current partnership is a new one with a wider scope: it covers "
          "affordability, energy renovation and the use of public land for housing."),
    ("h1", "The partnership and its members"),
    ("p", "The partnership has 22 members. It is coordinated jointly by the City of Porto and the Flemish "
          "housing agency, with support from the Urban Agenda Technical Secretariat, which is a consultancy "
          "contracted by the European Commission. The Commission's Directorate-General for Regional and "
          "Urban Policy (DG REGIO) follows the work and takes part in all plenary meetings."),
    ("p", "The members are:"),
    ("list", ["nine cities, among them Porto, Lyon, Leipzig, Bologna, Tallinn and Alingsås",
              "five national ministries or agencies responsible for housing",
              "three regions",
              "five European umbrella organisations, among them Housing Europe and Eurocities"]),
    ("p", "Sweden's national authority for housing, Boverket, follows the partnership as an observer but is "
          "not a member. Sveriges Kommuner och Regioner (SKR) supported Alingsås' application and is kept "
          "informed twice a year."),
    ("h2", "How Alingsås became a member"),
    ("p", "The Commission published a call for expressions of interest in the summer of 2024. Alingsås "
          "applied on 27 September 2024 after a decision by the Municipal Executive Board's working "
          "committee (kommunstyrelsens arbetsutskott). The application was built around the energy "
          "renovation of Brogården, where the municipal housing company AB Alingsåshem renovated around "
          "300 apartments from the 1970s to passive house standard while the tenants stayed in the area."),
    ("p", "The municipality was told that it had been selected on 2 December 2024. The Municipal Executive "
          "Board formally decided to join on 20 January 2025 (§ 14)."),
    ("h1", "The role of Alingsås"),
    ("p", "Alingsås takes part in two of the partnership's four working groups:"),
    ("list", ["Working group 2, Renovation without displacement: how energy renovation can be carried out "
              "without forcing low-income tenants to move",
              "Working group 4, Small towns and housing finance: how towns under 50,000 inhabitants can reach "
              "EU financial instruments and loans from the European Investment Bank"]),
    ("p", "Alingsås is the lead member of Working group 4. As lead member, Alingsås chairs the group's "
          "online meetings, drafts the group's part of the Action Plan and presents the group's results "
          "at the plenary meetings. Working groups 1 (Public land for affordable housing) and 3 (Housing "
          "data and monitoring) are led by other members, and Alingsås only follows their work."),
    ("h2", "Working group 4 in more detail"),
    ("p", "Working group 4 has seven participants: Alingsås, Tallinn, two national ministries, one region "
          "and two umbrella organisations. The group has agreed to propose three actions for the Action Plan:"),
    ("list", ["a guide for small towns on how to combine national housing subsidies with loans from the "
              "European Investment Bank",
              "a proposal that the Commission should allow several small renovation projects to be bundled into "
              "one application for EU financial instruments",
              "a peer-review scheme in which experienced towns support towns that are preparing their first "
              "large renovation programme"]),
    ("p", "The first action is the most advanced. A draft guide was discussed at the plenary meeting in "
          "Alingsås, and the group will test it with four towns in different member states during the spring "
          "of 2027. The second action is politically sensitive, since it touches the rules of the financial "
          "instruments, and the Commission has so far only promised to look into it."),
    ("h2", "Who represents the municipality"),
    ("p", "The municipality is represented by the housing strategist at the Community Planning Department, "
          "Lena Holm. She is the member's official contact point towards the coordinators and the "
          "Technical Secretariat, and she has the mandate to agree to draft texts at working level."),
    ("p", "Her deputy is Omar Haddad, development manager at AB Alingsåshem. The deputy takes part in "
          "Working group 2 and stands in for the representative at plenary meetings when she cannot attend."),
    ("p", "Positions that go beyond working level, for example an Alingsås position on a proposed change to "
          "EU law, are decided by the Municipal Executive Board's working committee. The representative may "
          "not present a position as a Swedish national position; only the Government can do that."),
    ("h2", "Reporting"),
    ("p", "The representative reports on the partnership to the working committee twice a year, in March "
          "and in October, and to the Community Planning Committee (samhällsbyggnadsnämnden) once a year. "
          "A short written report is also sent to the international coordinator after every plenary meeting, "
          "so that it can be included in the annual report on international work."),
    ("h1", "Meetings and timetable"),
    ("p", "The partnership holds two plenary meetings a year, hosted by members in turn. The working groups "
          "meet online about once a month. Plenary meetings last two days."),
    ("table", [["Date", "Meeting", "Place"],
               ["25–26 March 2025", "Kick-off meeting", "Brussels"],
               ["14–15 October 2025", "Plenary meeting 2", "Leipzig"],
               ["17–18 March 2026", "Plenary meeting 3", "Porto"],
               ["6–7 October 2026", "Plenary meeting 4", "Alingsås"],
               ["March 2027 (dates to be set)", "Plenary meeting 5", "Bologna"],
               ["November 2027", "Final conference", "Brussels"]]),
    ("p", "The fourth plenary meeting was held in Alingsås on 6–7 October 2026 with 48 participants. The "
          "programme included a study visit to Brogården and a session on small-town housing finance led by "
          "Working group 4."),
    ("h2", "Deadlines for the Action Plan"),
    ("p", "The draft Action Plan is being written during the autumn of 2026. The working groups must send "
          "their chapters to the coordinators by 15 January 2027. The partnership then holds a public "
          "feedback round, open to anyone, in February and March 2027. The final Action Plan is to be "
          "adopted at the plenary meeting in Bologna and published by 30 June 2027."),
    ("p", "Colleagues in Alingsås who want to comment on Working group 4's chapter must send their comments "
          "to the representative no later than 4 December 2026, so that they can be considered before the "
          "chapter is sent on."),
    ("h1", "Costs and reimbursement"),
    ("p", "The Technical Secretariat reimburses travel and accommodation for one representative per member "
          "for each plenary meeting, up to EUR 800 per person and meeting. Costs above EUR 800, and the costs "
          "of a second participant, are paid by the member itself. Online meetings cost nothing."),
    ("p", "Travel for the deputy from AB Alingsåshem is paid by the company, not by the municipality."),
    ("p", "The Municipal Executive Board has set aside SEK 180,000 per year for 2025–2027 to cover the "
          "municipality's own costs: staff time beyond the department's normal budget, travel costs that are "
          "not reimbursed, translation, and the hosting of the plenary meeting in October 2026. Hosting the "
          "plenary meeting cost SEK 212,000 in total, of which SEK 95,000 was covered by the Technical "
          "Secretariat's hosting contribution."),
    ("table", [["Item", "Paid by", "Amount"],
               ["Travel to plenary meetings, one person", "Technical Secretariat", "Up to EUR 800 per meeting"],
               ["Travel, second person", "The member", "Actual cost"],
               ["Staff time", "The member", "About 20 percent of a full-time post"],
               ["Hosting a plenary meeting", "Host member, with a contribution", "Contribution up to EUR 9,000"]]),
    ("h1", "Benefits for Alingsås"),
    ("p", "The department sees four main benefits. First, the municipality can feed the experience of a "
          "small town into EU policy, where the debate is often dominated by large cities. Second, the "
          "partnership gives direct contact with the European Investment Bank, which is relevant for the "
          "coming renovation of the Stadsskogen and Noltorp areas. Third, staff learn from cities that have "
          "long experience of public land leasing, such as Leipzig and Lyon. Fourth, the membership raises "
          "the profile of Alingsås as a municipality that works actively in Europe."),
    ("p", "The partnership will not solve housing shortages in Alingsås by itself. The department stresses "
          "that the benefits are mostly long term and indirect."),
    ("h1", "How colleagues can take part"),
    ("p", "Staff in other departments and in the municipal companies can contribute to the work. This is "
          "how to do it:"),
    ("olist", ["Read the latest working documents in the shared folder \u201dUrban Agenda Bostad\u201d on the intranet.",
               "Contact the representative and describe what you want to contribute.",
               "The representative decides whether the contribution fits the working group's plan.",
               "If a meeting trip is needed, the travel is approved by your own manager and booked through "
               "the municipality's travel agency.",
               "After the meeting, send a short summary to the representative within two weeks."]),
    ("p", "Staff may not commit the municipality to any action in the Action Plan on their own. Every "
          "action where Alingsås is named as responsible must be approved by the working committee before "
          "the Action Plan is adopted."),
    ("h1", "Communication"),
    ("p", "News about the partnership is published on alingsas.se and in the internal newsletter on "
          "international work. Presentations given at plenary meetings are in English and are stored in the "
          "shared folder. When the municipality talks about the partnership in public, it should make clear "
          "that the Urban Agenda is a cooperation between cities and the EU, and that the recommendations are "
          "not binding."),
    ("p", "The EU logo may be used in connection with the partnership only in the form provided by the "
          "Technical Secretariat, together with the text \u201cUrban Agenda for the EU\u201d."),
    ("h1", "Risks"),
    ("p", "The department has identified three main risks. The first is that the workload becomes larger than "
          "expected, especially for the lead member of a working group. The representative's time is "
          "planned at about 20 percent of a full-time post, but during the autumn of 2026 the actual figure "
          "was closer to 35 percent. The second risk is that the recommendations are not taken up by the "
          "Commission or the member states, which would make the benefits smaller. The third risk is that "
          "key staff leave the municipality, since much of the knowledge is held by two people."),
    ("p", "To reduce the first and third risks, a planning officer at the Community Planning Department has "
          "been given the task of supporting the representative from January 2027, and all working documents "
          "are stored in the shared folder rather than in personal mailboxes."),
    ("h1", "Glossary"),
    ("list", ["Action Plan: the document in which a partnership sets out its actions and recommendations",
              "Plenary meeting: a meeting of all members of the partnership, held twice a year",
              "Technical Secretariat: the consultancy that supports all Urban Agenda partnerships on behalf of "
              "the Commission",
              "Financial instrument: loans, guarantees or equity supported by EU funds, as opposed to grants",
              "Renovation without displacement: renovation carried out so that existing tenants can afford to stay"]),
    ("h1", "After 2027"),
    ("p", "It is not yet decided whether Alingsås will continue in a follow-up partnership after 2027. The "
          "department will present an evaluation to the working committee in the autumn of 2027, and the "
          "working committee will then decide."),
]

KRIS = [
    ("title", "Kriskommunikation till invånare som inte talar svenska"),
    ("p", "Rutin för Alingsås kommuns krisorganisation. Fastställd av kommundirektören 2026-04-14. "
          "Gäller från 2026-05-01 och ersätter rutinen \u201dFlerspråkig information vid samhällsstörning\u201d "
          "från 2021. Rutinen ingår i kommunens plan för hantering av extraordinära händelser."),
    ("h1", "Syfte"),
    ("p", "Vid en allvarlig händelse måste alla invånare kunna förstå vad som har hänt och vad de ska göra. "
          "I Alingsås har ungefär var åttonde vuxen ett annat modersmål än svenska, och flera tusen personer "
          "har begränsade kunskaper i svenska. Erfarenheterna från pandemin och från vattenläckan i "
          "Sollebrunn 2023 visar att information på enbart svenska inte når alla i tid."),
    ("p", "Rutinen beskriver vilka språk kommunen använder, vilka kanaler som används, vem som beslutar och "
          "hur översättning och tolkning går till. Den gäller både vid extraordinära händelser och vid "
          "mindre samhällsstörningar, till exempel kokningsrekommendationer för dricksvatten eller "
          "långvariga strömavbrott."),
    ("h1", "Begrepp"),
    ("p", "Med krisinformation avses i denna rutin information från kommunen till invånarna om en pågående "
          "händelse, om vad invånarna ska göra och om var de kan få hjälp. Intern information till "
          "medarbetare omfattas inte."),
    ("p", "Ett VMA, viktigt meddelande till allmänheten, är ett varningssystem som används vid allvarliga "
          "olyckor och risk för skada på människor, egendom eller miljö. VMA sänds i radio och tv och kan "
          "skickas som SMS. Kommunen kan begära att ett VMA sänds, men det är räddningsledaren eller "
          "annan behörig aktör som begär sändningen via SOS Alarm."),
    ("p", "Nyckelpersoner är invånare som talar något av kommunens prioriterade språk, som har ett brett "
          "kontaktnät i sin språkgrupp och som har fått kommunens utbildning för att sprida krisinformation "
          "muntligt och i sociala medier."),
    ("h1", "Vilka språk"),
    ("p", "Kommunen översätter krisinformation till sju prioriterade språk utöver svenska. Urvalet bygger "
          "på statistik över modersmålsundervisning, tolkbeställningar och SFI-deltagare."),
    ("table", [["Språk", "Grund för urvalet", "Översättning klar inom"],
               ["Engelska", "Förstås av många utan svenska", "2 timmar"],
               ["Arabiska", "Största språkgruppen efter svenska", "2 timmar"],
               ["Somaliska", "Stor grupp, många äldre utan svenska", "4 timmar"],
               ["Tigrinja", "Stor grupp SFI-deltagare", "4 timmar"],
               ["Dari", "Stor grupp ensamkommande och familjer", "4 timmar"],
               ["Ukrainska", "Skyddsbehövande sedan 2022", "4 timmar"],
               ["Finska", "Nationellt minoritetsspråk, många äldre", "4 timmar"]]),
    ("p", "Därutöver tas all krisinformation fram på lättläst svenska. Information på svenskt teckenspråk "
          "hanteras enligt en särskild rutin hos kommunikationsavdelningen och ingår inte här."),
    ("p", "Listan över prioriterade språk ses över varje år. Kommunikationsavdelningen ansvarar för "
          "översynen, och en uppdaterad lista ska vara fastställd senast den 31 januari. Vid en händelse som "
          "särskilt drabbar en grupp med ett annat språk, till exempel på ett boende, kan kommunikationschefen "
          "besluta om fler språk."),
    ("h1", "Vem beslutar"),
    ("p", "Kommunikationschefen beslutar vilka meddelanden som ska översättas, till vilka språk och i vilka "
          "kanaler de ska publiceras. Under kontorstid kan beslutet delegeras till den kommunikatör som har "
          "krisberedskap. Utanför kontorstid fattar tjänsteperson i beredskap (TiB) beslutet i samråd med "
          "kommunikatören i beredskap."),
    ("p", "Om krisledningsnämnden har trätt i kraft beslutar krisledningsnämndens ordförande om vilka "
          "budskap kommunen ska gå ut med, men frågan om språk och kanaler ligger fortfarande hos "
          "kommunikationschefen."),
    ("p", "Förvaltningarna får inte själva översätta och publicera krisinformation i egna kanaler utan "
          "att kommunikationschefen har godkänt texten. Det gäller även sidor på sociala medier som drivs av "
          "skolor och enheter."),
    ("h2", "Roller i krisorganisationen"),
    ("p", "Krisledningsstaben leds av kommundirektören eller den hen utser. I staben ingår en "
          "informationsfunktion som leds av kommunikationschefen. Informationsfunktionen ansvarar för all "
          "extern kommunikation, för att budskapen är samordnade med räddningstjänsten, polisen och regionen "
          "och för att krissidan på webben är uppdaterad."),
    ("p", "Varje förvaltning utser en informationskontakt som ska kunna nås under hela händelsen. "
          "Informationskontakten tar fram underlag till budskapen från sin förvaltning, till exempel vilka "
          "skolor som är stängda eller vilka hemtjänstinsatser som påverkas, men publicerar inget själv."),
    ("p", "Säkerhetssamordnaren på kommunledningskontoret äger rutinen och ansvarar för att den är känd i "
          "krisorganisationen."),
    ("h1", "Kanaler"),
    ("p", "Krisinformation på andra språk sprids i första hand genom följande kanaler:"),
    ("list", ["krissidan på alingsas.se, där varje språk har en egen undersida",
              "kommunens konton i sociala medier, med ett inlägg per språk",
              "nyckelpersoner som sprider informationen i sina nätverk",
              "SFI, modersmålslärare och språkcaféer på biblioteket",
              "trycksaker och affischer i trapphus, via AB Alingsåshem och andra fastighetsägare",
              "Kontaktcenter, som kan koppla in telefontolk"]),
    ("p", "Radio och tv sänder VMA på svenska. Krisinformation.se publicerar nationell information på flera "
          "språk, men den täcker inte lokala förhållanden i Alingsås. Kommunen länkar därför till "
          "Krisinformation.se men ersätter inte sin egen information med den."),
    ("p", "Vid långvariga strömavbrott, då webben och mobilnätet kan vara nere, används kommunens "
          "trygghetspunkter. Varje trygghetspunkt har tryckt information på de sju prioriterade språken "
          "i sin beredskapslåda."),
    ("h1", "Översättning och tolkning"),
    ("p", "Kommunen har ett ramavtal med en översättningsbyrå som har jour dygnet runt. Byrån ska leverera "
          "översättningar till engelska och arabiska inom två timmar och till övriga prioriterade språk "
          "inom fyra timmar, räknat från beställningen. Texter för krisinformation bör vara korta: högst 150 "
          "ord per meddelande."),
    ("p", "Maskinöversättning får användas för ett första kort meddelande om översättningsbyrån inte hinner "
          "leverera i tid. Ett maskinöversatt meddelande ska märkas med texten \u201dMaskinöversatt, kan innehålla "
          "fel\u201d och ersättas med en granskad översättning så snart den finns. Maskinöversättning får inte "
          "användas för uppmaningar om utrymning, för medicinska råd eller för information om dricksvatten."),
    ("p", "Telefontolk beställs genom kommunens tolkförmedling. Kontaktcenter kan koppla in en telefontolk "
          "på de prioriterade språken inom 15 minuter dagtid."),
    ("h2", "Så beställer du översättning i en kris"),
    ("olist", ["Skriv budskapet på svenska, kort och enkelt, och låt kommunikationschefen eller TiB godkänna det.",
               "Beställ översättning hos översättningsbyrån via jourtelefonen, med krisbeställning angiven.",
               "Ange vilka språk som ska beställas och när texten senast behövs.",
               "Låt en nyckelperson eller modersmålslärare snabbgranska översättningen om tiden medger.",
               "Publicera på krissidan och i sociala medier, och skicka texten till nyckelpersonerna.",
               "Logga beställningen i krisloggen med tid, språk och kostnad."]),
    ("h2", "Skriva för att översättas"),
    ("p", "En text som ska översättas snabbt måste vara skriven på ett enkelt sätt redan på svenska. "
          "Kommunikationsavdelningen har tagit fram följande skrivråd:"),
    ("list", ["börja med vad mottagaren ska göra, sedan varför",
              "använd korta meningar och ett budskap per mening",
              "undvik förkortningar, till exempel VA, TiB och SFI",
              "skriv ut klockslag och datum fullständigt, till exempel tisdag 14 april klockan 18",
              "ange alltid var mottagaren kan få mer information och på vilket språk"]),
    ("p", "Bilder och symboler, till exempel en överstruken kran vid kokningsrekommendation, används "
          "tillsammans med texten. De förstås av alla oavsett språk och gör det lättare att känna igen "
          "kommunens meddelanden."),
    ("h1", "Nyckelpersoner"),
    ("p", "Kommunen har ett nätverk av 26 nyckelpersoner, som tillsammans täcker alla sju prioriterade "
          "språk och ytterligare fyra språk. Nyckelpersonerna utbildas i en halvdag om året och tecknar en "
          "överenskommelse med kommunen. De är inte anställda."),
    ("p", "Nyckelpersoner som aktiveras vid en händelse får ersättning med 300 kronor per timme, dock högst "
          "2 400 kronor per dygn. Ersättningen betalas ut via kommunledningskontoret efter att "
          "nyckelpersonen har lämnat in en tidrapport."),
    ("p", "Nyckelpersonerna får bara sprida budskap som kommunen har godkänt. De får inte själva svara på "
          "frågor om enskilda personers ärenden, utan hänvisar till Kontaktcenter."),
    ("h1", "Kostnader"),
    ("p", "Kostnader för översättning, tolkning och ersättning till nyckelpersoner under en kris belastar "
          "kommunledningskontorets krisberedskapsbudget, inte förvaltningarnas budgetar. För 2026 finns "
          "85 000 kronor avsatta för flerspråkig krisinformation. Räcker pengarna inte beslutar "
          "kommundirektören om ytterligare medel."),
    ("p", "Förberedande översättningar, till exempel färdiga mallar för kokningsrekommendation och "
          "strömavbrott, bekostas av den förvaltning som äger frågan."),
    ("h1", "Förberedda mallar"),
    ("p", "Kommunikationsavdelningen har tagit fram färdigöversatta mallar för de vanligaste händelserna:"),
    ("list", ["kokningsrekommendation för dricksvatten",
              "långvarigt strömavbrott och trygghetspunkter",
              "brand med rökutveckling, stäng fönster och ventilation",
              "stängda skolor och förskolor",
              "störningar i hemtjänst och matleveranser"]),
    ("p", "Mallarna finns på intranätet och ska ses över vartannat år av den förvaltning som äger frågan."),
    ("h1", "Erfarenheter från Sollebrunn 2023"),
    ("p", "Vid vattenläckan i Sollebrunn i augusti 2023 fick omkring 1 100 hushåll en "
          "kokningsrekommendation som gällde i nio dagar. Informationen publicerades på svenska på webben och "
          "i sociala medier samma kväll, men översättningar till arabiska och somaliska kom först efter två "
          "dygn. Flera familjer på ett boende i Sollebrunn fick informationen först när en lärare på skolan "
          "berättade om den."),
    ("p", "Utvärderingen visade att det saknades färdiga översättningar, att ingen visste vem som skulle "
          "beställa dem och att kommunen inte hade kontakt med nyckelpersoner i området. Rutinen har tagits "
          "fram som ett svar på dessa brister."),
    ("h2", "Checklista för kommunikatören i beredskap"),
    ("list", ["Är budskapet godkänt av kommunikationschefen eller TiB?",
              "Vilka språkgrupper berörs särskilt av händelsen?",
              "Finns det en färdig mall som kan användas?",
              "Är översättningen beställd och loggad?",
              "Har nyckelpersonerna och Kontaktcenter fått texten?",
              "Är krissidan uppdaterad på alla språk?"]),
    ("h1", "Övning och uppföljning"),
    ("p", "Rutinen övas minst en gång per år i samband med kommunens krisledningsövning. Efter varje "
          "verklig händelse där rutinen har använts gör kommunikationsavdelningen en utvärdering inom sex "
          "veckor. Utvärderingen redovisas för kommunens säkerhetssamordnare."),
]

FOND = [
    ("title", "Lärlingsfonden för utlandspraktik \u2013 villkor och ansökan"),
    ("p", "Alingsås kommun, HR-avdelningen. Gäller ansökningar från och med 2026-01-01."),
    ("h1", "Vad fonden betalar"),
    ("p", "Lärlingsfonden är kommunens egna medel för att kommunens lärlingar ska kunna göra en del av "
          "sin utbildning på en arbetsplats i Tyskland. Fonden omfattar 240 000 kronor per år och "
          "förvaltas av HR-avdelningen. Fonden är inte ett EU-program och har ingen koppling till Erasmus+."),
    ("p", "Fonden ger ett bidrag på högst 22 000 kronor per lärling och praktikperiod. Bidraget ska täcka "
          "resa, boende och ett fast traktamentstillägg på 150 kronor per dag. Lönen betalas som vanligt av "
          "den förvaltning där lärlingen är anställd."),
    ("h1", "Ansökan"),
    ("p", "Ansökan görs av lärlingen tillsammans med sin handledare på blanketten Ansökan ur lärlingsfonden. "
          "Det finns två ansökningsomgångar per år:"),
    ("table", [["Praktik under", "Sista ansökningsdag", "Besked senast"],
               ["Vårterminen (februari\u2013juni)", "1 oktober året innan", "1 november"],
               ["Höstterminen (augusti\u2013december)", "15 mars", "15 april"]]),
    ("p", "Till ansökan bifogas en praktikplan som mottagande arbetsplats har godkänt, ett yttrande från "
          "handledaren och en budget."),
    ("h1", "Beslut"),
    ("p", "HR-chefen beslutar om bidrag efter förslag från en beredningsgrupp med tre personer: en "
          "HR-konsult, en facklig representant och kommunens internationella samordnare. Om fler söker än "
          "pengarna räcker till prioriteras lärlingar som inte har gjort någon praktik utomlands tidigare."),
    ("h1", "Redovisning"),
    ("p", "Senast fyra veckor efter hemkomsten ska lärlingen lämna en kort rapport och kvitton för resa och "
          "boende. Bidrag som inte har använts ska betalas tillbaka."),
]

EKO = [
    ("title", "Ekologisk och lokal mat i kommunens kök \u2013 mål, EU:s handlingsplan och utbytet med Fidenza"),
    ("p", "Verksamhetsrapport från Måltidsservice, Alingsås kommun. Redovisad för "
          "kommunstyrelsens arbetsutskott 2026-11-10. Dnr KS 2026/311."),
    ("h1", "Sammanfattning"),
    ("p", "Måltidsservice lagar och serverar omkring 7 800 måltider per vardag i förskolor, skolor och "
          "äldreboenden. Under 2025 var andelen ekologiska livsmedel 44 procent av inköpsvärdet och andelen "
          "lokalt producerade livsmedel 17 procent. Kommunens mål för 2027 är 50 procent ekologiskt och 25 "
          "procent lokalt. Målen ligger i linje med både den nationella livsmedelsstrategin och EU:s "
          "handlingsplan för ekologisk produktion."),
    ("p", "Under 2026 genomförde Måltidsservice ett utbyte med kommunen Fidenza i Emilia-Romagna i Italien. "
          "Utbytet gav idéer om hur kommunen kan öka andelen lokala livsmedel utan att kostnaderna stiger i "
          "samma takt. Rapporten redovisar målen, utfallet, utbytet och förslag till fortsatt arbete."),
    ("h1", "EU:s handlingsplan för ekologisk produktion"),
    ("p", "EU-kommissionen antog i mars 2021 en handlingsplan för utveckling av ekologisk produktion. "
          "Handlingsplanen hör till strategin Från jord till bord och har målet att minst 25 procent av EU:s "
          "jordbruksmark ska brukas ekologiskt år 2030. Handlingsplanen innehåller 23 åtgärder fördelade på "
          "tre områden: att öka efterfrågan och konsumenternas förtroende, att öka produktionen och att "
          "förbättra sektorns bidrag till hållbarhet."),
    ("p", "För kommuner är åtgärderna om offentliga måltider viktigast. Kommissionen uppmuntrar "
          "medlemsländerna att använda offentlig upphandling för att öka andelen ekologiska livsmedel i "
          "skolor, förskolor och vård, och har tagit fram minimikriterier för hållbar offentlig upphandling "
          "av livsmedel. Handlingsplanen är inte bindande för kommunerna och innehåller inga krav på en viss "
          "andel ekologiskt i offentliga kök."),
    ("p", "I Sverige är målet att 30 procent av jordbruksmarken ska vara certifierad ekologisk och att 60 "
          "procent av den offentliga konsumtionen av livsmedel ska vara ekologisk eller certifierad i andra "
          "hållbara system år 2030. Alingsås mål är alltså lägre än det nationella målet, vilket förklaras av "
          "att kommunen samtidigt prioriterar lokala livsmedel och svenskt kött."),
    ("h1", "Kommunens mål och utfall"),
    ("p", "Kommunfullmäktige antog målen i kostpolicyn 2023. Ekologiskt mäts som andel av inköpsvärdet för "
          "livsmedel. Lokalt betyder i kostpolicyn att livsmedlet är producerat inom 15 mil från Alingsås "
          "resecentrum. Fisk från Västkusten räknas som lokal även om fångstplatsen ligger längre bort."),
    ("table", [["År", "Ekologiskt, andel av inköpsvärdet", "Lokalt producerat, andel", "Livsmedelskostnad per portion"],
               ["2023", "39 procent", "12 procent", "14,20 kr"],
               ["2024", "41 procent", "15 procent", "14,90 kr"],
               ["2025", "44 procent", "17 procent", "15,60 kr"],
               ["2027 (mål)", "50 procent", "25 procent", "\u2013"]]),
    ("p", "Ökningen under 2025 beror främst på att mjölk, ägg och rotfrukter nu upphandlas som ekologiska i "
          "sin helhet. Kött och fågel är fortfarande den svåraste gruppen: där är andelen ekologiskt bara "
          "18 procent."),
    ("h2", "Vad kostar målet"),
    ("p", "Måltidsservice beräknar att det kostar omkring 1,1 miljoner kronor extra per år att nå 50 procent "
          "ekologiskt, jämfört med 2025 års inköp. Kommunstyrelsen har inte avsatt särskilda medel för detta, "
          "utan ökningen ska rymmas inom Måltidsservice budget genom minskat matsvinn och fler vegetariska "
          "måltider."),
    ("p", "Matsvinnet i skolrestaurangerna var 42 gram per portion 2025. Målet är högst 30 gram per portion."),
    ("h2", "Upphandling och avtal"),
    ("p", "Kommunen upphandlar livsmedel tillsammans med fem andra kommuner i ett gemensamt "
          "upphandlingssamarbete. Nuvarande livsmedelsavtal gäller till och med 2027-08-31. I avtalet ställs "
          "krav på djurskydd i nivå med svensk lagstiftning för kött, mejeri och ägg, oavsett ursprungsland."),
    ("p", "Lokala producenter har hittills haft svårt att lämna anbud, eftersom avtalen omfattar stora "
          "volymer och leveranser till många kök. Ett undantag är potatis, där en odlare i Hemsjö sedan 2024 "
          "levererar direkt till tillagningsköket på Ängabo."),
    ("h2", "Vegetariska måltider"),
    ("p", "Sedan höstterminen 2024 serveras vegetarisk lunch två dagar i veckan i alla grundskolor, och det "
          "finns alltid ett vegetariskt alternativ de övriga dagarna. I äldreomsorgen serveras vegetariskt "
          "på begäran. Måltidsservice bedömer att en tredje vegetarisk dag i skolan skulle frigöra omkring "
          "400 000 kronor per år som kan användas till ekologiska inköp."),
    ("h2", "Måltider i äldreomsorgen"),
    ("p", "I äldreomsorgen är målet för ekologiskt detsamma som i skolan, men utfallet är lägre: 36 procent "
          "under 2025. Skälet är att äldreboendena serverar fler mål per dag och att specialkost, till "
          "exempel konsistensanpassad mat, oftare köps färdig från leverantörer som har få ekologiska "
          "produkter."),
    ("h1", "Utbytet med Fidenza"),
    ("h2", "Varför Fidenza"),
    ("p", "Fidenza är en kommun med omkring 27 000 invånare i provinsen Parma. Kommunen har sedan 2010 "
          "ett kommunalt bolag som lagar skolmåltider med en hög andel ekologiska och lokala råvaror, och "
          "kommunen har fått det italienska statliga bidraget för ekologiska skolmåltider, mense "
          "scolastiche biologiche. Kontakten kom till genom nätverket för offentliga måltider i Europa, där "
          "Alingsås kostchef och Fidenzas chef för skolmåltider träffades 2024."),
    ("p", "Utbytet är inte ett vänortssamarbete och ingen avsiktsförklaring har undertecknats. Det är ett "
          "tidsbegränsat erfarenhetsutbyte på tjänstemannanivå."),
    ("h2", "Besöket i Fidenza"),
    ("p", "Fyra medarbetare från Måltidsservice besökte Fidenza den 11\u201315 maj 2026: kostchefen, en "
          "kostekonom och två kockar från tillagningsköket på Ängabo. Gruppen besökte centralköket, tre "
          "skolor, två lokala producenter av parmesan och grönsaker och kommunens upphandlingsenhet."),
    ("p", "De viktigaste lärdomarna var:"),
    ("list", ["Fidenza delar upp sina livsmedelsupphandlingar i många små delar, så att lokala producenter "
              "kan lämna anbud på en enstaka produkt",
              "menyerna planeras efter säsong i fyra perioder om året i stället för en fast femveckorsmeny",
              "eleverna får träffa producenterna två gånger om året, vilket har minskat matsvinnet",
              "bröd bakas i centralköket med mjöl från ett lokalt kooperativ"]),
    ("h2", "Återbesöket i Alingsås"),
    ("p", "Sex personer från Fidenza besökte Alingsås den 5\u20138 oktober 2026: två politiker, chefen för "
          "skolmåltider, två kockar och en tolk. De besökte Ängabo tillagningskök, Nolhaga äldreboende och "
          "två gårdar i kommunen som levererar till Måltidsservice. Under besöksveckan serverades en "
          "italiensk meny i alla skolor, tillagad efter recept från Fidenza."),
    ("h2", "Kostnader för utbytet"),
    ("p", "Utbytet har finansierats inom Måltidsservice budget. Resan till Fidenza kostade 64 500 kronor för "
          "fyra personer, inklusive flyg, hotell och traktamente. Kostnaderna för återbesöket i Alingsås, "
          "till exempel måltider och lokala transporter, var 18 300 kronor. Fidenza betalade själva sina "
          "resor och sitt boende."),
    ("p", "Ansökan om bidrag från externa program gjordes inte, eftersom utbytet var kort och planerades med "
          "kort varsel."),
    ("h1", "Förslag till fortsatt arbete"),
    ("p", "Måltidsservice föreslår att följande genomförs under 2027:"),
    ("olist", ["Dela upp nästa upphandling av grönsaker och rotfrukter i minst sex delområden, så att lokala "
               "odlare kan lämna anbud.",
               "Införa säsongsmenyer i fyra perioder från och med höstterminen 2027.",
               "Pröva producentbesök i två skolor under våren 2027.",
               "Undersöka om centralköket kan baka eget bröd med svenskt ekologiskt mjöl."]),
    ("p", "Beslut om upphandlingens utformning fattas av upphandlingsenheten tillsammans med kostchefen. "
          "Säsongsmenyerna beslutas av kostchefen."),
    ("h1", "Fortsatt kontakt med Fidenza"),
    ("p", "Parterna har kommit överens om att hålla kontakten med två digitala möten per år. Något nytt "
          "besök är inte planerat. Om ett nytt besök blir aktuellt ska det, som alla internationella "
          "utbyten, stämmas av med kommunens internationella samordnare innan resan bokas."),
    ("h1", "Kontakt"),
    ("p", "Frågor om rapporten besvaras av kostchefen Maria Ekdahl, Måltidsservice."),
]

JAPAN = [
    ("title", "Welfare Technology Staff Exchange with Kitamoto City, Japan"),
    ("p", "Project description and rules for participants. Elderly Care Department (Äldreomsorgen), "
          "Alingsås Municipality. Approved by the Director of Elderly Care on 2 February 2026."),
    ("h1", "Background"),
    ("p", "Like Alingsås, Kitamoto City in Saitama Prefecture has an ageing population and a growing "
          "shortage of care staff. About 34 percent of Kitamoto's 65,000 inhabitants are 65 or older; in "
          "Alingsås the share is 21 percent. Both municipalities use welfare technology to let older people "
          "live safely at home for longer and to make better use of the staff that are available."),
    ("p", "Welfare technology (välfärdsteknik) is digital technology that helps a person keep or improve "
          "their safety, activity, participation or independence. Examples are digital night-time "
          "supervision, medicine dispensers, GPS alarms and robots for social stimulation."),
    ("p", "The two municipalities first met at a seminar in Stockholm organised by the Embassy of Japan in "
          "2024. In 2025 they agreed on a two-year staff exchange for 2026 and 2027. The exchange is a "
          "staff-level exchange and not a twinning agreement."),
    ("h1", "Aims"),
    ("p", "The exchange has three aims:"),
    ("list", ["to learn how Kitamoto introduces sensors and robots in home care and at care homes, and how "
              "it measures the effects",
              "to share Alingsås' experience of digital night-time supervision with cameras, which is not "
              "used in Kitamoto",
              "to develop the skills of the participating staff and bring new ideas back to their teams"]),
    ("h1", "Activities and timetable"),
    ("table", [["When", "Activity", "Participants"],
               ["14\u201318 April 2026", "Visit from Kitamoto to Alingsås", "Two care managers and one city official from Kitamoto"],
               ["May\u2013September 2026", "Monthly online meetings", "Both teams"],
               ["5\u201316 October 2026", "Alingsås staff in Kitamoto", "Three staff from Alingsås"],
               ["Spring 2027", "Second visit from Kitamoto", "Up to four staff from Kitamoto"],
               ["Autumn 2027", "Second visit to Kitamoto and final seminar", "Up to three staff from Alingsås"]]),
    ("p", "During the visit in October 2026 the three staff from Alingsås spent eight working days in "
          "Kitamoto. They worked alongside Japanese colleagues at a care home with 80 residents and in the "
          "city's home care unit, and visited a company that develops sensor mats."),
    ("h1", "Who can take part"),
    ("p", "Staff employed in the Elderly Care Department can apply for the visits to Kitamoto. To be "
          "selected, you must:"),
    ("list", ["have a permanent employment contract with Alingsås Municipality",
              "have worked in elderly care in Alingsås for at least two years",
              "be able to take part in meetings held in English",
              "have your manager's approval"]),
    ("p", "Assistant nurses, nurses, occupational therapists and unit managers have all been selected so "
          "far. Knowledge of Japanese is not required; an interpreter is used in Kitamoto."),
    ("h2", "How to apply"),
    ("olist", ["Discuss the exchange with your manager.",
               "Fill in the application form on the intranet and describe what you want to learn.",
               "Send the form to the project manager by the deadline for the visit.",
               "The selection group interviews applicants.",
               "The Director of Elderly Care makes the final decision."]),
    ("p", "The deadline for the visit in the autumn of 2027 is 31 March 2027. The selection group consists of "
          "the project manager, one unit manager and a representative of the trade unions."),
    ("h1", "Funding"),
    ("p", "The exchange is financed by the Elderly Care Department's development budget and by a grant from "
          "the Scandinavia-Japan Sasakawa Foundation. The foundation granted SEK 60,000 for 2026. A new "
          "application for 2027 was submitted in September 2026."),
    ("p", "The budget for the visit to Kitamoto in October 2026 was SEK 118,000 for three people, "
          "including flights, hotel, insurance and allowances. Kitamoto City pays for interpretation and "
          "local transport during the visit. For visits to Alingsås, Kitamoto pays its own travel and "
          "accommodation, and Alingsås pays for interpretation, local transport and meals during the "
          "programme."),
    ("p", "Participants keep their normal salary during the exchange. Time spent travelling counts as "
          "working time according to the local collective agreement. Replacement staff at the participant's "
          "workplace is paid from the development budget, not by the unit."),
    ("h1", "Preparing for the trip"),
    ("p", "All participants take part in two preparation meetings before the visit. The first covers the "
          "programme, the Japanese care system and practical questions. The second is a cultural briefing held "
          "online by a lecturer in Japanese studies at the University of Gothenburg."),
    ("p", "Japan's long-term care insurance system, kaigo hoken, was introduced in 2000. Everyone aged 40 "
          "or older pays contributions, and people aged 65 or older can get care services after an "
          "assessment of their needs. The municipalities are responsible for running the insurance, which is "
          "why Kitamoto City has its own care assessment unit."),
    ("p", "Participants should bring comfortable indoor shoes, since outdoor shoes are not worn inside the "
          "care home. Business cards with the participant's name and title in English and Japanese are "
          "printed by the project. No vaccinations beyond the Swedish basic programme are needed."),
    ("h2", "What the Japanese visitors saw in April 2026"),
    ("p", "During their visit to Alingsås in April 2026 the three guests from Kitamoto followed the night "
          "patrol in home care, visited Nolhaga care home and the municipal aids centre, and met the Elderly "
          "Care Committee. They were particularly interested in the digital key system that lets home care "
          "staff open the door without a physical key."),
    ("h1", "Rules for participants"),
    ("h2", "Residents' privacy"),
    ("p", "Participants may not share personal data about residents or clients in Alingsås with the "
          "Japanese partners, not even in anonymised case descriptions, unless the case has been approved by "
          "the medically responsible nurse. Participants may not take photographs of residents in Kitamoto. "
          "Photographs of equipment and premises are allowed when the Japanese host has given permission."),
    ("h2", "Gifts and hospitality"),
    ("p", "Exchanging small gifts is part of Japanese business culture. The project provides each participant "
          "with gifts from Alingsås to bring. Participants may not accept gifts of significant value; if a "
          "gift worth more than about SEK 500 is offered, it is accepted on behalf of the municipality and "
          "handed over to the project manager on return."),
    ("h2", "Social media"),
    ("p", "Participants may post about the exchange on their private social media accounts, but must not "
          "post pictures in which residents or clients can be identified. Official posts are published by "
          "the department's communicator."),
    ("h1", "Welfare technology studied in Kitamoto"),
    ("p", "The Japanese care home uses a combination of technologies that are partly unknown in Swedish "
          "elderly care:"),
    ("list", ["sensor mats under the mattress that register breathing, heart rate and when a resident gets "
              "out of bed",
              "communication robots that lead morning exercises and memory games",
              "power-assist suits that reduce the strain on staff when lifting",
              "a bathing machine that lets a resident bathe while lying down"]),
    ("p", "Kitamoto measures the effects of each technology for at least six months before deciding to keep "
          "it. The measurements include staff time, the number of falls at night and the residents' own "
          "assessment."),
    ("h1", "Results so far"),
    ("p", "After the first year, the Elderly Care Department has decided to test sensor mats at Nolhaga care "
          "home from January 2027. The test covers 12 rooms and runs for six months. The power-assist suits "
          "will not be tested for now, since the occupational health service has advised against them until "
          "more research is available."),
    ("p", "The Japanese visitors were most interested in the Swedish model of digital night-time "
          "supervision and in how consent is handled. Kitamoto plans to start a small test of camera "
          "supervision in 2027."),
    ("h1", "Reporting"),
    ("p", "Each participant writes a short report within three weeks of returning and presents it at a "
          "workplace meeting. The project manager reports to the Elderly Care Committee after each visit and "
          "sends a summary to the international coordinator."),
    ("h1", "Project manager"),
    ("p", "The project manager is Sara Lindqvist, development manager for welfare technology in the Elderly "
          "Care Department. Questions about the exchange should be sent to her."),
]

IBFORT = [
    ("title", "Fortbildning utomlands för lärare i IB-programmet"),
    ("p", "Rutin för Alströmergymnasiet. Beslutad av rektor för IB-programmet 2026-08-17."),
    ("h1", "Varför fortbildning krävs"),
    ("p", "International Baccalaureate Organization (IBO) kräver att alla lärare som undervisar i "
          "IB Diploma Programme har gått IBO:s egen ämnesutbildning, en så kallad workshop, i det ämne de "
          "undervisar i. En nyanställd lärare ska ha gått en workshop i kategori 1 senast vid slutet av sitt "
          "första läsår i programmet. Kravet följs upp när IBO utvärderar skolan vart femte år."),
    ("p", "Workshopar ges både online och på plats. Workshopar på plats hålls oftast i andra europeiska "
          "länder, till exempel i Nederländerna, Tyskland eller Spanien. Det finns inga workshopar på plats "
          "i Sverige för närvarande."),
    ("h1", "Online eller på plats"),
    ("p", "Huvudregeln är att lärare går workshopar online. En online-workshop pågår i fyra veckor med "
          "ungefär 15 timmars arbete och kostar omkring 900 euro. Workshop på plats kan beviljas om ämnet har "
          "laborationer eller praktiska moment, eller om läraren ska bli ämnesansvarig i programmet."),
    ("p", "En workshop på plats pågår i tre dagar. Avgiften är omkring 1 100 euro, och till det kommer resa "
          "och hotell. Skolan räknar med en total kostnad på omkring 25 000 kronor per lärare och workshop "
          "på plats."),
    ("h1", "Ansökan och beslut"),
    ("olist", ["Läraren anmäler intresse till IB-koordinatorn senast den 1 maj inför kommande läsår.",
               "IB-koordinatorn sammanställer behoven och föreslår vilka workshopar som ska bokas.",
               "Rektor för IB-programmet beslutar om workshop online eller på plats.",
               "IB-koordinatorn bokar workshopen hos IBO; resor bokas genom kommunens resebyrå."]),
    ("p", "Kostnaderna belastar IB-programmets fortbildningsbudget, som för 2026 är 160 000 kronor. Lärare "
          "får inte själva boka och betala workshopar för att sedan begära ersättning."),
    ("h1", "Efter workshopen"),
    ("p", "Läraren delar med sig av materialet till kollegor i ämnesgruppen inom en månad. IBO:s intyg "
          "lämnas till IB-koordinatorn, som sparar det inför skolans utvärdering."),
]

KITAREPORT = [
    ("title", "Participant report: three weeks of learning in eight days – Kitamoto, October 2026"),
    ("p", "Written by the three participants from the Elderly Care Department after the visit to Kitamoto City "
          "on 5–16 October 2026. Presented at the home care workplace meeting on 3 November 2026."),
    ("h1", "Who we are"),
    ("p", "We are an assistant nurse from the night patrol in home care, an occupational therapist from the "
          "aids and adaptations team, and the unit manager of Nolhaga care home. None of us had been to Japan "
          "before. We applied because all three of our teams are about to introduce new technology, and we "
          "wanted to see how a municipality with an even older population than ours handles it."),
    ("h1", "The journey and the first days"),
    ("p", "We flew from Gothenburg via Helsinki to Tokyo Narita and took the train to Kitamoto, which is about "
          "an hour north of central Tokyo. The first two days were spent on jet lag, an introduction at the "
          "city hall and a guided walk through the neighbourhood around the care home. We were surprised by "
          "how many small shops and community centres are used as meeting places for older people."),
    ("p", "At the city hall we met the head of the long-term care division and the staff of the care "
          "assessment unit. They explained how a person's need for care is assessed on a scale with seven "
          "levels, and how the level decides which services the insurance pays for."),
    ("h1", "Working at the care home"),
    ("p", "We spent four of the eight working days at the care home, each of us following a colleague with the "
          "same profession. The home has 80 residents in units of ten, and every unit has its own kitchen and "
          "living room. The staffing at night is lower than in Sweden: one person covers two units."),
    ("p", "This is where the sensor mats matter. The mats lie under the mattress and send information to a "
          "tablet that the night staff carry. The staff can see who is awake, who is restless and who has "
          "left the bed. Instead of checking every room every two hours, they go to the residents who need "
          "them. According to the home's own figures, the number of night-time visits to rooms fell by almost "
          "half, and the number of falls did not increase."),
    ("p", "The staff told us that the mats were not popular at first. Some relatives thought they were a form "
          "of surveillance, and some staff did not trust the tablet. It took about a year before everyone "
          "used them as intended. The home held information meetings for relatives and let each resident, or "
          "the resident's family, decide whether the mat should be used."),
    ("h2", "Robots and exercise"),
    ("p", "A small communication robot leads morning exercises in the living rooms of two units. It talks, "
          "sings and shows movements, and the residents clearly enjoyed it. The staff said that the robot "
          "does not save time, but that it makes it easier to get residents to take part in exercise. We are "
          "not sure whether the same robot would work in Swedish, and it has no Swedish language version."),
    ("h1", "Home care"),
    ("p", "Two days were spent with the home care unit. Home care in Kitamoto is run partly by the city and "
          "partly by private providers. We visited older people who live alone and who have a simple "
          "watch-over service: a sensor in the kettle or the refrigerator door sends a message to a relative "
          "if it has not been used for a day. The service is cheap and accepted by most users, since it does "
          "not involve cameras."),
    ("h1", "What we bring home"),
    ("list", ["Technology needs time: plan for at least a year before a new tool is fully used.",
              "Involve relatives early and let the resident decide.",
              "Measure before and after, otherwise it is impossible to know whether it worked.",
              "Simple solutions, such as a sensor in the kettle, can be as useful as advanced ones."]),
    ("p", "Our most concrete proposal is the test of sensor mats at Nolhaga, which the department has now "
          "decided on. We also suggest that the home care unit looks into simple watch-over sensors for "
          "people who live alone and do not want a camera."),
    ("h1", "What surprised us"),
    ("p", "Japanese colleagues have very little time for documentation during the shift, but spend a long "
          "time on handover meetings, which are held standing. Everyone, including the manager, takes part "
          "in cleaning the unit at the end of the day. Residents are addressed with great formality, and "
          "staff would never use a resident's first name."),
    ("p", "The interpreter was essential. Very few of the staff spoke English, and without interpretation we "
          "would have understood only a fraction of what we saw."),
    ("h1", "Thanks"),
    ("p", "We want to thank our colleagues who covered for us, the project manager who organised the visit, "
          "and our hosts in Kitamoto, who gave us a warm welcome."),
]

WG4 = [
    ("title", "Working Group 4 – Small Towns and Housing Finance: Terms of Reference"),
    ("p", "Urban Agenda for the EU, Partnership on Affordable and Sustainable Housing. Agreed by the working "
          "group at its online meeting on 11 June 2025. Lead member: Alingsås Municipality, Sweden."),
    ("h1", "1. Mandate"),
    ("p", "Working Group 4 is set up by the partnership's plenary meeting to examine how towns with fewer than "
          "50,000 inhabitants can get better access to housing finance, in particular EU financial "
          "instruments and loans from the European Investment Bank, and to propose actions for the "
          "partnership's Action Plan. The working group reports to the plenary meeting and has no mandate to "
          "speak on behalf of the partnership as a whole."),
    ("h1", "2. Scope"),
    ("p", "The working group covers new construction and renovation of rental housing owned by public, "
          "non-profit and cooperative landlords. Owner-occupied housing is outside the scope, except where "
          "renovation of whole multi-apartment buildings is concerned. Questions of state aid are handled in "
          "cooperation with Working Group 1 and are not dealt with separately by this group."),
    ("h1", "3. Members and roles"),
    ("p", "The working group is open to all members of the partnership. The members who have registered are "
          "listed in the annex. Each member appoints one named participant and, if it wishes, one substitute."),
    ("list", ["The lead member chairs the meetings, proposes agendas and is responsible for drafting the "
              "working group's chapter of the Action Plan.",
              "The co-lead supports the lead member and chairs meetings when the lead member cannot. The "
              "co-lead is Tallinn.",
              "The Technical Secretariat keeps the minutes and the shared document library.",
              "The European Commission takes part as an observer and provides information on EU rules."]),
    ("h1", "4. Working methods"),
    ("p", "The working group works mainly online. Meetings are held in English, last no more than two hours "
          "and are held about once a month, except in July and August. Agendas and documents are sent out at "
          "least five working days before each meeting."),
    ("p", "The working group may invite external experts, such as representatives of national promotional "
          "banks or of the European Investment Advisory Hub. Experts take part in the discussion but not in "
          "decisions."),
    ("h2", "4.1 Decisions"),
    ("p", "The working group takes decisions by consensus. If consensus cannot be reached, the lead member "
          "records the different views in the minutes and the question is taken to the next plenary meeting. "
          "There is no voting in the working group."),
    ("h2", "4.2 Written procedure"),
    ("p", "Between meetings, the lead member may ask members to agree to a text by written procedure. A text "
          "is considered agreed if no member has objected within ten working days of the request."),
    ("h1", "5. Deliverables"),
    ("list", ["A short analysis of the main bottlenecks for small towns, delivered to the plenary meeting in "
              "October 2025.",
              "Proposals for actions, with a description of the responsible members, delivered to the plenary "
              "meeting in October 2026.",
              "The working group's chapter of the draft Action Plan, delivered to the coordinators by the "
              "partnership's deadline."]),
    ("h1", "6. Transparency"),
    ("p", "Minutes of the working group's meetings are shared with all members of the partnership. Final "
          "documents are published on the Urban Agenda's website. Draft documents are not published, but a "
          "member may share them internally within its own organisation."),
    ("h1", "7. Costs"),
    ("p", "Participation in the working group is at each member's own cost. No member receives payment for "
          "taking part. Online meetings are held on a platform provided by the Technical Secretariat."),
    ("h1", "8. Review"),
    ("p", "These terms of reference may be changed by consensus at a working group meeting. Changes are "
          "reported to the next plenary meeting."),
]

IBKOMM = [
    ("title", "Kommunikationsplan: lanseringen av IB-programmet på Alströmergymnasiet"),
    ("p", "Framtagen av Alströmergymnasiet och kommunikationsavdelningen. Version 1, 2026-09-07."),
    ("h1", "Bakgrund"),
    ("p", "Alströmergymnasiet har blivit godkänd som IB World School och tar emot de första eleverna hösten "
          "2027. IB är nytt i Alingsås, och många elever och vårdnadshavare känner inte till utbildningen. "
          "Samtidigt konkurrerar skolan med etablerade IB-skolor i Göteborg och Borås. Lanseringen behöver "
          "därför både förklara vad IB är och visa varför det är ett bra val att läsa IB i Alingsås."),
    ("h1", "Syfte och mål"),
    ("p", "Kommunikationen ska ge elever i årskurs 9 och deras vårdnadshavare tillräcklig kunskap för att "
          "kunna välja IB. Målet är att programmet ska ha minst lika många förstahandssökande som platser "
          "vid ansökningstidens slut, och att minst 30 procent av de sökande ska komma från andra kommuner "
          "än Alingsås."),
    ("h1", "Målgrupper"),
    ("list", ["elever i årskurs 9 i Alingsås och i grannkommunerna Lerum, Vårgårda och Herrljunga",
              "vårdnadshavare till dessa elever",
              "studie- och yrkesvägledare i grundskolan",
              "familjer som har flyttat till Alingsås från andra länder, bland annat genom arbete i "
              "regionens internationella företag",
              "skolans egen personal"]),
    ("h1", "Budskap"),
    ("p", "Huvudbudskapet är: en internationell examen nära hemma. Stödjande budskap är att undervisningen är "
          "avgiftsfri, att examen ger behörighet till universitet i hela världen och att det går att byta "
          "till ett nationellt program efter första året."),
    ("h1", "Kanaler och aktiviteter"),
    ("table", [["Aktivitet", "När", "Ansvarig"],
               ["Webbsida om IB-programmet", "November 2026", "Kommunikationsavdelningen"],
               ["Besök i grundskolornas årskurs 9", "November–december 2026", "IB-koordinatorn"],
               ["Gymnasiemässan i Alingsås", "November 2026", "Rektor och elevambassadörer"],
               ["Informationskväll i aulan", "Januari 2027", "IB-koordinatorn"],
               ["Annonser i sociala medier", "December 2026–februari 2027", "Kommunikationsavdelningen"],
               ["Informationsblad på engelska", "December 2026", "IB-koordinatorn"]]),
    ("p", "Elevambassadörer är elever i årskurs 2 på skolans samhällsvetenskapliga program som har läst "
          "kurser på engelska. De berättar om skolan på mässan och vid skolbesöken."),
    ("h1", "Budget"),
    ("p", "Kommunikationsinsatserna har en budget på 45 000 kronor, som betalas av Alströmergymnasiet. "
          "Huvuddelen går till annonser i sociala medier och till tryck av informationsblad."),
    ("h1", "Uppföljning"),
    ("p", "Kommunikationsavdelningen följer upp antalet besök på webbsidan och räckvidden för annonserna. "
          "Antalet sökande följs upp efter ansökningstidens slut och redovisas för barn- och "
          "ungdomsnämnden."),
]

VISIT = [
    ("title", "Visit Alingsås – International Marketing Plan 2027"),
    ("p", "Culture and Leisure Department, Visit Alingsås. Presented to the Culture and Leisure Committee on "
          "9 December 2026 for information. The plan applies the municipality's guidelines for working with "
          "influencers and place marketing abroad."),
    ("h1", "Where we stand"),
    ("p", "In 2025 Alingsås had about 212,000 commercial guest nights, of which 31 percent were international. "
          "The largest foreign markets were Norway, Germany, Denmark and the Netherlands. Most foreign visitors "
          "come in the summer and combine Alingsås with Gothenburg or with a trip around Lake Vänern."),
    ("p", "The international share has grown slowly since 2022. Visitors from Germany and the Netherlands stay "
          "the longest, on average 2.8 nights, while Norwegian visitors often come for a single night during "
          "a shopping or event weekend."),
    ("h1", "Goals for 2027"),
    ("list", ["increase international guest nights by 5 percent compared with 2025",
              "increase the share of international guests outside the summer months of June to August",
              "reach 1 million people in the priority markets through digital marketing",
              "establish Alingsås as a cycling destination in Denmark and the Netherlands"]),
    ("h1", "Priority markets"),
    ("table", [["Market", "Target group", "Main theme", "Main channels"],
               ["Germany", "Couples 50+ and families", "Nature, lakes and cafés", "Travel fair, partner campaigns"],
               ["Netherlands", "Active travellers", "Cycling and outdoor life", "Content creators, cycling media"],
               ["Denmark", "Active travellers", "Cycling routes around Lake Mjörn", "Content creators"],
               ["Norway", "Weekend visitors", "Shopping, events and fika", "Social media advertising"]]),
    ("h1", "Activities"),
    ("h2", "ITB Berlin"),
    ("p", "Visit Alingsås will take part in the ITB travel fair in Berlin in March 2027 as a co-exhibitor at the "
          "stand run by the regional tourism company. Two staff members will work at the stand for "
          "three days. The cost of the stand space is shared between the co-exhibitors."),
    ("h2", "Cycling campaign in Denmark and the Netherlands"),
    ("p", "The main campaign of 2027 presents Alingsås as a base for cycling holidays, building on the routes "
          "around Lake Mjörn and along the Säveån valley. The campaign will use two or three content creators "
          "in each country. All collaborations will follow the municipality's guidelines, including marking of "
          "advertising and the rule on travelling by train when possible."),
    ("p", "Together with local accommodation providers, Visit Alingsås will develop three bookable cycling "
          "packages with luggage transport before the campaign starts in May 2027."),
    ("h2", "Autumn and winter"),
    ("p", "To attract visitors outside the summer, the marketing in Norway will focus on the Christmas market "
          "and the café tradition during November and December. Local companies are invited to take part in "
          "joint offers, but the municipality's name will not be used for single commercial products."),
    ("h1", "Budget"),
    ("p", "The international marketing budget of Visit Alingsås for 2027 is SEK 640,000. Of this, SEK 90,000 "
          "is Visit Alingsås' share of the yearly budget for influencer collaborations abroad, and the rest "
          "covers the travel fair, advertising, photography and translation. The budget does not include "
          "staff costs."),
    ("h1", "Follow-up"),
    ("p", "Guest nights are followed monthly through the national accommodation statistics. The digital "
          "campaigns are followed up after each campaign period, and the results are reported to the Culture "
          "and Leisure Committee in the annual report on collaborations."),
]

SENSOR = [
    ("title", "Test av sensormattor på Nolhaga äldreboende – plan för genomförande"),
    ("p", "Äldreomsorgen, Alingsås kommun. Beslutad av äldreomsorgschefen 2026-11-20. Testet är en följd av "
          "personalutbytet med Kitamoto i Japan."),
    ("h1", "Bakgrund"),
    ("p", "Under besöket i Kitamoto i oktober 2026 såg kommunens medarbetare hur sensormattor under madrassen "
          "används för att följa de boendes sömn och rörelser på natten. Nattpersonalen kan då gå till de boende "
          "som behöver hjälp i stället för att göra fasta tillsynsrundor. Äldreomsorgen vill pröva om samma "
          "arbetssätt fungerar i ett svenskt äldreboende."),
    ("h1", "Omfattning"),
    ("p", "Testet genomförs på två avdelningar på Nolhaga äldreboende och omfattar 12 rum. Testet startar i "
          "januari 2027 och pågår i sex månader. Under de första två veckorna används mattorna parallellt med "
          "de vanliga tillsynsrundorna, så att personalen kan lära sig systemet."),
    ("h1", "Samtycke"),
    ("p", "Sensormattor får bara användas hos boende som har samtyckt. Om en boende inte kan lämna samtycke "
          "på grund av nedsatt beslutsförmåga används inte mattan, eftersom det saknas lagstöd för att använda "
          "sådan teknik utan samtycke. Närstående kan inte samtycka i den boendes ställe, men de informeras och "
          "får möjlighet att ställa frågor."),
    ("p", "Samtycket dokumenteras i den boendes genomförandeplan och kan när som helst återkallas. Om "
          "samtycket återkallas tas mattan bort samma dag."),
    ("h1", "Vad mäts"),
    ("list", ["antal tillsynsbesök i rummen per natt",
              "antal fall nattetid",
              "de boendes sömn enligt egen bedömning och personalens bedömning",
              "nattpersonalens upplevelse av arbetsbelastning och trygghet",
              "tekniska avbrott och falsklarm"]),
    ("p", "Mätningarna görs under tre månader före testet och under hela testperioden, så att resultaten kan "
          "jämföras."),
    ("h1", "Teknik och leverantör"),
    ("p", "Mattorna hyrs under testperioden från en svensk leverantör av välfärdsteknik. Hyran är 1 900 "
          "kronor per matta och månad inklusive support. Den totala kostnaden för testet beräknas till "
          "omkring 160 000 kronor, inklusive hyra, installation och utbildning av personal. Kostnaden betalas "
          "av äldreomsorgens utvecklingsbudget."),
    ("p", "Mattorna kopplas till det befintliga larmsystemet, så att nattpersonalen får informationen i sina "
          "vanliga larmtelefoner. Någon surfplatta behövs alltså inte, vilket skiljer sig från lösningen i "
          "Kitamoto."),
    ("h1", "Informationssäkerhet"),
    ("p", "Uppgifterna från mattorna är personuppgifter om hälsa. De lagras hos leverantören inom EU och "
          "raderas efter 30 dagar om de inte har förts in i den boendes journal. Ett "
          "personuppgiftsbiträdesavtal har tecknats med leverantören."),
    ("h1", "Utvärdering och beslut"),
    ("p", "Testet utvärderas av utvecklingsledaren för välfärdsteknik tillsammans med enhetschefen på Nolhaga. "
          "Utvärderingen redovisas för äldreomsorgsnämnden i september 2027. Nämnden beslutar då om "
          "sensormattor ska införas på fler äldreboenden."),
]

STORM = [
    ("title", "Utvärdering: flerspråkig information under stormen och strömavbrottet i januari 2026"),
    ("p", "Kommunikationsavdelningen, Alingsås kommun. Rapport till säkerhetssamordnaren 2026-03-06. "
          "Utvärderingen användes som underlag när rutinen för kriskommunikation till invånare som inte talar "
          "svenska reviderades."),
    ("h1", "Händelsen"),
    ("p", "Natten mellan den 11 och 12 januari 2026 drog en kraftig storm in över Västra Götaland. I Alingsås "
          "kommun blev omkring 2 400 hushåll utan el, de flesta i de norra och östra delarna av kommunen. För "
          "några hundra hushåll varade avbrottet i mer än tre dygn. Kommunen öppnade fyra trygghetspunkter."),
    ("h1", "Vad gjorde kommunen?"),
    ("p", "Den första informationen publicerades på krissidan och i sociala medier på svenska klockan 07.30 den "
          "12 januari. Information på engelska och arabiska publicerades samma dag vid lunchtid. Övriga språk "
          "publicerades den 13 januari."),
    ("p", "Fem nyckelpersoner aktiverades. De spred information i sina nätverk och hjälpte personalen på två "
          "av trygghetspunkterna att tala med besökare som inte kunde svenska."),
    ("p", "Kostnaden för översättning och ersättning till nyckelpersonerna blev 23 400 kronor."),
    ("h1", "Vad fungerade?"),
    ("list", ["Nyckelpersonerna nådde många familjer som inte följer kommunens kanaler.",
              "Den tryckta informationen på trygghetspunkterna användes mycket.",
              "Samarbetet med AB Alingsåshem gjorde att affischer kom upp i trapphusen redan första dagen."]),
    ("h1", "Vad fungerade mindre bra?"),
    ("list", ["Det tog för lång tid innan övriga språk publicerades.",
              "Flera texter var för långa och innehöll förkortningar som var svåra att översätta.",
              "Några förvaltningar lade ut egna översättningar i sina kanaler, med delvis felaktig information.",
              "Mobilnätet låg nere i delar av kommunen, så digital information nådde inte fram."]),
    ("h1", "Rekommendationer"),
    ("p", "Kommunikationsavdelningen rekommenderade att rutinen kompletteras med krav på leveranstider för "
          "översättning, skrivråd för korta texter, ett tydligt förbud mot att förvaltningar publicerar egna "
          "översättningar och färdiga mallar för strömavbrott. Rekommendationerna har tagits in i den reviderade "
          "rutinen."),
]

KOSTPOLICY = [
    ("title", "Kostpolicy för Alingsås kommun"),
    ("p", "Antagen av kommunfullmäktige 2023-05-31, § 88. Gäller alla verksamheter som serverar måltider "
          "i kommunens regi. Policyn följs upp årligen i Måltidsservice verksamhetsberättelse."),
    ("h1", "Syfte"),
    ("p", "Måltiderna i förskola, skola och äldreomsorg ska vara goda, näringsriktiga och hållbara. De ska ge "
          "barn, elever och äldre energi och välbefinnande, och de ska bidra till kommunens miljömål. "
          "Policyn anger inriktningen för alla kommunens måltider och kompletteras av riktlinjer för "
          "respektive verksamhet."),
    ("h1", "Den goda måltiden"),
    ("p", "Måltiden ska vara en trevlig stund i en lugn miljö. I förskolan och skolan är måltiden en del av "
          "den pedagogiska verksamheten. I äldreomsorgen ska den enskildes önskemål och vanor tas till vara, "
          "och måltiderna ska anpassas till den enskildes behov."),
    ("h1", "Hållbarhet"),
    ("p", "Kommunen ska öka andelen ekologiska och lokalt producerade livsmedel. Målen är:"),
    ("list", ["andelen ekologiska livsmedel ska vara minst 50 procent av inköpsvärdet år 2027",
              "andelen lokalt producerade livsmedel ska vara minst 25 procent av inköpsvärdet år 2027",
              "matsvinnet ska minska med minst 20 procent till 2027 jämfört med 2022"]),
    ("p", "Med lokalt producerat menas i denna policy livsmedel som är producerade inom 15 mil från Alingsås "
          "resecentrum. Fisk från Västkusten räknas som lokal."),
    ("p", "Kött ska vara producerat med djurskydd som motsvarar svensk lagstiftning. Fisk och skaldjur ska "
          "komma från bestånd som inte är hotade."),
    ("h1", "Ansvar"),
    ("p", "Kommunstyrelsen ansvarar för att policyn följs upp. Måltidsservice ansvarar för måltiderna i "
          "förskola, skola och äldreomsorg som tillagas av kommunen. Förvaltningar som köper måltider från "
          "andra ska ställa motsvarande krav i sina avtal."),
    ("h1", "Uppföljning"),
    ("p", "Andelen ekologiska och lokala livsmedel och matsvinnet redovisas årligen. Policyn ska revideras "
          "senast 2027."),
]

KITAMOTO = [
    ("title", "Kitamoto City – Profile of the Partner Municipality"),
    ("p", "Background information for staff taking part in the welfare technology exchange. Elderly Care "
          "Department, Alingsås Municipality, 2026."),
    ("h1", "Location and population"),
    ("p", "Kitamoto is a city in Saitama Prefecture, about an hour by train north of central Tokyo. The city "
          "has about 65,000 inhabitants. Like many Japanese cities outside the largest centres, its population "
          "has fallen slightly since 2010 and is ageing quickly: about 34 percent of the inhabitants are 65 or "
          "older."),
    ("p", "Kitamoto grew as a commuter town for Tokyo from the 1960s. Large housing estates were built in that "
          "period, and many of the people who moved in then are now over 75. This is one reason why the city "
          "has given priority to care for older people living at home."),
    ("h1", "Local government"),
    ("p", "Kitamoto is governed by an elected mayor and a city council. The city is responsible for the "
          "long-term care insurance within its area, for primary education and for local welfare services. "
          "Care homes and home care are run by the city and by private and non-profit providers."),
    ("h1", "Known for"),
    ("p", "Kitamoto is known in Japan for its cherry trees, among them an old tree at a temple in the city, "
          "and for a local tomato curry dish promoted as a local speciality. The city has several parks and "
          "a large recreation area along the Arakawa river."),
    ("h1", "Welfare technology in Kitamoto"),
    ("p", "Since 2018 Kitamoto has run a programme to introduce welfare technology in care homes and home care. "
          "The programme is partly funded by Saitama Prefecture. Each new technology is tested for at least six "
          "months and evaluated before a decision is made. The city also works with a local university on the "
          "evaluations."),
    ("h1", "Language and communication"),
    ("p", "Very few staff in Kitamoto speak English. Communication during visits is handled with an "
          "interpreter, and written material is translated. In the online meetings between visits the project "
          "uses English, with a Japanese city official translating for the care staff."),
]

UABACK = [
    ("title", "Background note: the Urban Agenda for the EU after the Ljubljana Agreement"),
    ("p", "Prepared by the Municipal Executive Office for the Municipal Executive Board's working committee. "
          "Alingsås Municipality, May 2025. For information."),
    ("h1", "Purpose of this note"),
    ("p", "This note explains how the Urban Agenda for the EU works today, as background to the municipality's "
          "membership of the Partnership on Affordable and Sustainable Housing. It does not describe the "
          "partnership itself, which is covered in the department's separate briefing note."),
    ("h1", "From Amsterdam to Ljubljana"),
    ("p", "The Pact of Amsterdam of 2016 set up the Urban Agenda as a new way of working: cities, member "
          "states and EU institutions would cooperate as equals in thematic partnerships. Fourteen "
          "partnerships were set up between 2016 and 2018 on themes such as housing, air quality, urban poverty, "
          "digital transition and the inclusion of migrants."),
    ("p", "An evaluation in 2019 and 2020 found that the partnerships had produced useful knowledge and some "
          "concrete results, but that many recommendations had not been taken up. The ministers responsible "
          "for urban matters therefore adopted the Ljubljana Agreement in November 2021. It confirmed the "
          "Urban Agenda, introduced new partnerships and gave the work a closer link to the New Leipzig "
          "Charter and its focus on the just, green and productive city."),
    ("h1", "How partnerships are set up today"),
    ("p", "New partnerships are chosen by the Urban Development Group, where the member states and the "
          "Commission meet, together with representatives of cities. Each partnership works for about three "
          "years. Members are selected through an open call for expressions of interest. A partnership must "
          "include cities of different sizes and from different parts of the Union."),
    ("p", "The partnerships are supported by a Technical Secretariat financed by the Commission. The "
          "Secretariat organises meetings, writes background studies and helps with communication. Members "
          "contribute their own staff time."),
    ("h1", "What the Urban Agenda is not"),
    ("p", "The Urban Agenda is not an EU programme with calls for project funding. It does not create new EU "
          "legislation, and its recommendations are not binding on the Commission or the member states. Its "
          "influence depends on the quality of the recommendations and on whether the members follow them up "
          "in their own countries."),
    ("h1", "Swedish participation"),
    ("p", "Swedish cities and regions have taken part in several partnerships since 2016, among them "
          "partnerships on the inclusion of migrants, on urban mobility and on the circular economy. The "
          "Government Offices follow the work through the Ministry responsible for housing and urban "
          "development. The Swedish Association of Local Authorities and Regions informs its members about "
          "calls for expressions of interest."),
    ("h1", "Considerations for Alingsås"),
    ("p", "Membership of a partnership gives influence and knowledge, but it also takes time. The Municipal "
          "Executive Office recommends that the municipality takes part in no more than one Urban Agenda "
          "partnership at a time, and that the department concerned has a named representative with time "
          "set aside for the work."),
]


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

def write_docx(blocks, path):
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            document.core_properties.title = value
            document.add_heading(value, level=0)
        elif kind in ("h1", "h2"):
            document.add_heading(value, level=int(kind[1]))
        elif kind in ("list", "olist"):
            for item in value:
                document.add_paragraph(item, style="List Bullet" if kind == "list" else "List Number")
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, value):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        else:
            document.add_paragraph(value)
    document.save(str(path))


def write_pdf(blocks, path, running_header, page_word):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=9),
        "item": ParagraphStyle("i", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=2,
                               leftIndent=14, firstLineIndent=-10),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11),
    }

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, running_header)
        canvas.drawString(A4[0] / 2 - 15, 30, f"{page_word} {doc.page}")
        canvas.restoreState()

    story = []
    for kind, value in blocks:
        if kind == "list":
            story += [Paragraph("\u2022 " + item, st["item"]) for item in value] + [Spacer(1, 8)]
        elif kind == "olist":
            story += [Paragraph(f"{n}. {item}", st["item"]) for n, item in enumerate(value, 1)] + [Spacer(1, 8)]
        elif kind == "table":
            width = (A4[0] - 144) / len(value[0])
            table = Table([[Paragraph(c, st["cell"]) for c in row] for row in value], hAlign="LEFT",
                          colWidths=[width] * len(value[0]))
            table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 12)]
        else:
            story.append(Paragraph(value, st[kind]))
    SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1], topMargin=72, bottomMargin=60).build(
        story, onFirstPage=decorate, onLaterPages=decorate)


def main(folder):
    folder.mkdir(parents=True, exist_ok=True)
    write_pdf(URBAN, folder / "urban-agenda-housing-partnership.pdf",
              "Alingsås Municipality – Urban Agenda housing partnership", "Page")
    write_pdf(KRIS, folder / "kriskommunikation-andra-sprak.pdf",
              "Alingsås kommun – Rutin för flerspråkig kriskommunikation", "Sida")
    write_pdf(FOND, folder / "larlingsfonden-villkor.pdf",
              "Alingsås kommun – HR-avdelningen", "Sida")
    write_docx(EKO, folder / "ekologisk-lokal-mat-fidenza.docx")
    write_docx(JAPAN, folder / "welfare-technology-exchange-kitamoto.docx")
    write_docx(IBFORT, folder / "ib-larare-fortbildning-utomlands.docx")
    write_pdf(KITAREPORT, folder / "kitamoto-participant-report-2026.pdf",
              "Elderly Care Department – Kitamoto exchange", "Page")
    write_docx(WG4, folder / "urban-agenda-wg4-terms-of-reference.docx")
    write_docx(IBKOMM, folder / "ib-lansering-kommunikationsplan.docx")
    write_docx(VISIT, folder / "visit-alingsas-international-marketing-plan-2027.docx")
    write_docx(SENSOR, folder / "sensormattor-nolhaga-testplan.docx")
    write_pdf(STORM, folder / "utvardering-stormen-januari-2026.pdf",
              "Alingsås kommun – Kommunikationsavdelningen", "Sida")
    write_pdf(KOSTPOLICY, folder / "kostpolicy.pdf", "Alingsås kommuns författningssamling", "Sida")
    write_docx(KITAMOTO, folder / "kitamoto-city-profile.docx")
    write_pdf(UABACK, folder / "urban-agenda-background-note.pdf",
              "Alingsås Municipality – Municipal Executive Office", "Page")
    print(f"wrote 15 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
