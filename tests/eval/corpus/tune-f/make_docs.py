"""Writes the Word and PDF documents of evaluation part tune-f into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work for an evaluation
corpus. People, phone numbers, internal rules, schools, amounts and dates are invented or adapted.

    /work/main/.venv/bin/python tests/eval/corpus/tune-f/make_docs.py

Block kinds: ("title", text), ("h1", text), ("h2", text), ("p", text), ("list", [items]),
("olist", [items]), ("table", [[header cells], [cells], ...]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# 1. Systerskolesamarbete Alströmergymnasiet – Lycée Jean-Rostand (Frankrike) – svenska, .docx
# ---------------------------------------------------------------------------------------------

SYSTERSKOLA = [
    ("title", "Systerskolesamarbetet mellan Alströmergymnasiet och Lycée Jean-Rostand i Villefranche-sur-Saône"),
    ("p", "Riktlinjer för elevutbyte, värdfamiljer och försäkringar. Fastställda av rektorerna på "
          "Alströmergymnasiet 2025-08-18 och reviderade 2026-01-27 efter samråd med barn- och "
          "ungdomsförvaltningens kansli. Dokumentet ersätter den tidigare PM:en om Frankrikeutbytet från 2019."),
    ("h1", "Bakgrund"),
    ("p", "Alströmergymnasiet i Alingsås och Lycée Jean-Rostand i Villefranche-sur-Saône, norr om Lyon, har "
          "samarbetat sedan 2011. Samarbetet började som ett brevväxlingsprojekt i moderna språk och har "
          "vuxit till ett årligt elevutbyte där svenska elever bor hos franska familjer under en vecka på "
          "hösten och franska elever bor hos svenska familjer under en vecka på våren."),
    ("p", "Samarbetet är ett avtal mellan två skolor och inte ett vänortsavtal mellan kommunerna. Det "
          "regleras i ett samarbetsavtal som rektorerna för de båda skolorna undertecknade den 4 oktober "
          "2022. Avtalet gäller till och med läsåret 2027/28 och förlängs därefter ett läsår i taget om "
          "ingen av skolorna säger upp det senast den 1 mars."),
    ("p", "Utbytet finansieras helt av skolans egen budget och av elevernas egenavgift. Det är inte ett "
          "projekt med extern finansiering, och ansökningar om andra bidrag görs bara efter beslut av rektor."),
    ("h1", "Syfte och mål"),
    ("p", "Syftet med utbytet är att eleverna ska använda franska i vardagliga situationer, få insyn i "
          "ett annat lands skolsystem och utveckla förmågan att samarbeta med jämnåriga från ett annat land. "
          "Utbytet är kopplat till kurserna Moderna språk 3 och 4 och till ämnesövergripande arbete i "
          "samhällskunskap."),
    ("list", ["Eleverna ska genomföra ett gemensamt projektarbete med sina franska utbyteskamrater.",
              "Varje elev skriver en reflektionstext på franska efter hemkomsten.",
              "Utbytet ska utvärderas av både elever och lärare varje år."]),
    ("h1", "Vilka elever kan delta?"),
    ("p", "Utbytet är öppet för elever i årskurs 2 som läser franska som modernt språk på nivå 3 eller "
          "högre. Elever i årskurs 3 kan delta om det finns platser kvar efter att alla behöriga elever i "
          "årskurs 2 har fått plats."),
    ("p", "Varje år reser högst sexton elever från Alingsås. Om fler söker görs ett urval där lärarna "
          "väger in elevens motivationsbrev, närvaro och studieresultat i franska. Urvalet görs av "
          "franskläraren som är ansvarig för utbytet tillsammans med en av skolans biträdande rektorer."),
    ("p", "En elev som deltar i utbytet måste kunna ta emot en fransk elev i sin egen familj under "
          "vårens vecka. Den som inte kan ta emot en utbyteselev kan ändå få delta om skolan hittar en "
          "annan värdfamilj, men det beslutet fattas av rektor i varje enskilt fall."),
    ("h2", "Ansökan"),
    ("p", "Ansökan görs på skolans blankett och ska lämnas till ansvarig fransklärare senast den 20 maj "
          "under årskurs 1. Vårdnadshavare ska skriva under ansökan för elever som är under 18 år. Besked "
          "om plats lämnas före sommarlovet."),
    ("h1", "Tider för utbytet"),
    ("table", [["Moment", "Tidpunkt", "Ansvarig"],
               ["Informationsmöte för elever och vårdnadshavare", "Vecka 36", "Ansvarig fransklärare"],
               ["Resa till Villefranche-sur-Saône", "Vecka 41 (sex nätter)", "Två medföljande lärare"],
               ["Besök av franska elever i Alingsås", "Vecka 14 (sju nätter)", "Ansvarig fransklärare"],
               ["Utvärdering", "Senast vecka 20", "Arbetslaget i moderna språk"]]),
    ("p", "Resan till Frankrike görs med flyg från Landvetter till Lyon. Bokningen görs av skolan "
          "genom kommunens avtalade resebyrå och inte av vårdnadshavarna."),
    ("h1", "Kostnader och egenavgift"),
    ("p", "Egenavgiften för resan till Frankrike är 2 800 kr per elev. Den täcker flygresa, transfer "
          "och gemensamma utflykter. Boende och de flesta måltider står värdfamiljen för. Skolan betalar "
          "resten av resekostnaden, som de senaste åren har varit omkring 5 500 kr per elev."),
    ("p", "Egenavgiften betalas i två delar: 1 000 kr senast den 15 september och resterande 1 800 kr "
          "senast den 1 oktober. Om avgiften är ett hinder för en elev kan vårdnadshavaren ansöka om "
          "nedsättning hos rektor. Ingen elev ska behöva avstå från utbytet av ekonomiska skäl."),
    ("p", "Fickpengar till egna inköp ingår inte. Skolan rekommenderar att eleverna har med sig högst "
          "100 euro i kontanter eller på ett kort."),
    ("p", "När de franska eleverna kommer till Alingsås betalar värdfamiljen mat och boende. Värdfamiljen "
          "får ingen ersättning för detta, men skolan betalar gemensamma utflykter, till exempel dagsresan "
          "till Göteborg, och en gemensam avslutningsmiddag."),
    ("h1", "Värdfamiljer"),
    ("p", "En värdfamilj är den familj som tar emot en utbyteselev i sitt hem under utbytesveckan. "
          "Värdfamiljen ska kunna erbjuda eleven en egen säng, frukost och middag varje dag samt lunch "
          "de dagar då skolan inte serverar lunch."),
    ("p", "Den franska eleven ska om möjligt ha ett eget rum. Om det inte går får eleven dela rum med "
          "utbyteskamraten av samma kön, men aldrig med en vuxen."),
    ("h2", "Krav på vuxna i värdfamiljen"),
    ("p", "Alla vuxna över 18 år som bor i värdfamiljens hushåll ska lämna ett utdrag ur "
          "belastningsregistret till rektor innan utbytet. Det gäller både i Alingsås och i Frankrike, "
          "där Lycée Jean-Rostand begär motsvarande intyg (extrait de casier judiciaire). Utdraget beställs "
          "hos Polisen och får inte vara äldre än ett år."),
    ("p", "Skolan får inte placera en utbyteselev i en familj där någon vuxen inte har lämnat utdrag."),
    ("h2", "Regler under vistelsen"),
    ("list", ["Eleverna följer skolans ordningsregler under hela utbytet, även på kvällar och helger.",
              "Alkohol och tobak är förbjudet under hela utbytet, även för elever som har fyllt 18 år.",
              "Eleverna får inte köra bil, moped eller motorcykel under utbytet.",
              "Utflykter på egen hand utan värdfamiljen kräver tillstånd från en medföljande lärare.",
              "Eleverna ska ha mobiltelefonen laddad och påslagen och svara när lärarna ringer."]),
    ("p", "Bryter en elev allvarligt mot reglerna kan de medföljande lärarna efter samråd med rektor "
          "besluta att eleven ska skickas hem i förtid. Vårdnadshavarna betalar då den extra hemresan."),
    ("h1", "Försäkringar"),
    ("p", "Alla elever i Alingsås kommuns skolor omfattas av kommunens kollektiva olycksfallsförsäkring, "
          "som gäller dygnet runt, även under utbytesresor. Försäkringen ersätter kostnader vid olycksfall "
          "men inte vid sjukdom."),
    ("p", "Vid resor utomlands i skolans regi omfattas eleverna och de medföljande lärarna dessutom av "
          "kommunens reseförsäkring hos Kommunassurans Syd, som täcker sjukvårdskostnader, hemtransport och "
          "förlorat bagage. Eleverna ska ändå ha med sig sitt europeiska sjukförsäkringskort (EU-kort), som "
          "beställs kostnadsfritt hos Försäkringskassan."),
    ("p", "Reseförsäkringen täcker inte skador som eleven orsakar på värdfamiljens egendom. För sådana "
          "skador gäller elevens egen hemförsäkring, och vårdnadshavarna ska kontrollera att hemförsäkringen "
          "har ett ansvarsskydd som gäller utomlands."),
    ("p", "De franska eleverna är försäkrade genom sin skola i Frankrike när de är i Alingsås. "
          "Alströmergymnasiet kräver att Lycée Jean-Rostand skickar en kopia av försäkringsbeviset senast "
          "två veckor före ankomsten."),
    ("h1", "Ansvar och tillsyn"),
    ("p", "Två lärare från Alströmergymnasiet följer alltid med på resan. Om fler än tolv elever reser "
          "ska en tredje vuxen följa med. De medföljande lärarna har tillsynsansvar under skoltid och "
          "utflykter; under kvällar och nätter är det värdfamiljen som har tillsynen."),
    ("p", "De medföljande lärarna har tjänstgöring under hela resan. De får inte kompensationsledighet "
          "för helgdagarna, utan arbetstiden regleras enligt det lokala arbetstidsavtalet för lärare."),
    ("h2", "Om något händer"),
    ("olist", ["Se till att eleven är i säkerhet och få hjälp på plats. Ring 112 vid akuta lägen.",
               "Kontakta den ansvariga läraren på plats, som kontaktar rektor.",
               "Rektor informerar vårdnadshavarna samma dag.",
               "Allvarliga händelser anmäls till huvudmannen i kommunens avvikelsesystem inom 24 timmar.",
               "Skador som ska ersättas av försäkringen anmäls till Kommunassurans Syd av skolans "
               "administratör efter hemkomsten."]),
    ("h1", "Kontakt"),
    ("p", "Ansvarig för utbytet är förstelärare Camille Östlund, som undervisar i franska på "
          "Alströmergymnasiet. Beslut om urval, nedsättning av avgift och hemskickning fattas av rektor. "
          "Frågor om kommunens försäkringar besvaras av kommunens försäkringssamordnare på "
          "kommunledningskontoret."),
]

# ---------------------------------------------------------------------------------------------
# 2. Distansarbete utomlands – svenska, .docx
# ---------------------------------------------------------------------------------------------

DISTANS = [
    ("title", "Riktlinje för distansarbete från utlandet"),
    ("p", "Gäller alla anställda i Alingsås kommun. Beslutad av personaldirektören 2025-11-03, "
          "diarienummer KS 2025/0412. Riktlinjen gäller från och med den 1 januari 2026."),
    ("h1", "Syfte"),
    ("p", "Fler medarbetare frågar om de kan arbeta hemifrån när de befinner sig utomlands, till exempel "
          "i samband med semester, hos familj i ett annat land eller under en längre vistelse utomlands "
          "med en partner. Riktlinjen beskriver när det är tillåtet, vilka regler om skatt och "
          "socialförsäkring som påverkas och hur ett ansökningsärende går till."),
    ("p", "Riktlinjen gäller inte tjänsteresor. Tjänsteresor utomlands följer kommunens resepolicy. Den "
          "gäller inte heller utlandsstationering, som kräver ett särskilt avtal."),
    ("h1", "Definitioner"),
    ("p", "Distansarbete utomlands är arbete som en medarbetare på egen begäran utför från en plats "
          "utanför Sverige, när arbetet lika väl hade kunnat utföras på den ordinarie arbetsplatsen eller "
          "hemma i Sverige. Det är alltid frivilligt för arbetsgivaren att medge det."),
    ("p", "Med arbetsdag avses i riktlinjen en dag då medarbetaren utför arbete, oavsett hur många timmar. "
          "Även en dag då medarbetaren bara deltar i ett digitalt möte räknas som en arbetsdag utomlands."),
    ("h1", "Grundregel"),
    ("p", "Distansarbete utomlands får bara ske i länder inom EU/EES och i Schweiz och Storbritannien, "
          "och högst 20 arbetsdagar per kalenderår. Distansarbete från andra länder medges inte, eftersom "
          "kommunen då kan bli skyldig att registrera sig som arbetsgivare i det landet."),
    ("p", "Distansarbete utomlands får inte medges för tjänster som kräver fysisk närvaro, som "
          "omsorgsarbete, undervisning i klassrum, kökstjänst, räddningstjänst eller myndighetsutövning som "
          "kräver hembesök. Det får inte heller medges under medarbetarens provanställning."),
    ("h2", "Perioder längre än 20 arbetsdagar"),
    ("p", "Den som vill arbeta från utlandet i mer än 20 arbetsdagar per kalenderår, dock högst 60 "
          "arbetsdagar, kan ansöka om ett undantag. Undantag beslutas av förvaltningschefen efter att "
          "HR-avdelningen har gjort en bedömning av skatt och socialförsäkring. Mer än 60 arbetsdagar "
          "medges inte."),
    ("h1", "Skatt"),
    ("p", "Huvudregeln är att lön beskattas i det land där arbetet utförs. Sverige har skatteavtal med "
          "de flesta länder som gör att lön för kortare arbete utomlands ändå beskattas bara i Sverige, om "
          "medarbetaren vistas i landet mindre än 183 dagar under en tolvmånadersperiod och lönen betalas "
          "av en svensk arbetsgivare utan fast driftställe i landet."),
    ("p", "Ett fast driftställe är en stadigvarande plats för affärsverksamhet. Om en medarbetare "
          "regelbundet arbetar från samma bostad i ett annat land kan skattemyndigheten där i vissa fall "
          "anse att kommunen har ett fast driftställe. Gränsen på 20 arbetsdagar per år är satt så att "
          "risken för det är liten."),
    ("p", "Medarbetaren ansvarar själv för sin privata deklaration, både i Sverige och i det andra "
          "landet. Kommunen ger inte skatterådgivning i enskilda fall och betalar inte kostnader för "
          "skatterådgivare."),
    ("h1", "Socialförsäkring"),
    ("p", "Inom EU/EES och Schweiz bestämmer förordning (EG) nr 883/2004 i vilket land en person är "
          "socialförsäkrad. Den som arbetar i mer än ett land kan bli försäkrad i bosättningslandet om "
          "minst 25 procent av arbetstiden utförs där. Det kan leda till att kommunen måste betala "
          "arbetsgivaravgifter i ett annat land."),
    ("p", "För att behålla den svenska socialförsäkringen ska medarbetaren ha ett intyg A1. Intyg A1 "
          "är ett intyg som visar vilket lands socialförsäkring en person tillhör. HR-avdelningen ansöker "
          "om A1-intyget hos Försäkringskassan. Ansökan ska göras innan distansarbetet börjar, och "
          "handläggningstiden är normalt fyra till sex veckor."),
    ("p", "För arbete i Storbritannien gäller i stället protokollet om samordning av social trygghet "
          "i handels- och samarbetsavtalet mellan EU och Storbritannien, och intyget kallas då "
          "\"certificate of coverage\". Det söks på samma sätt via HR-avdelningen."),
    ("h1", "Arbetsmiljö, informationssäkerhet och försäkring"),
    ("p", "Arbetsgivaren har arbetsmiljöansvar även när medarbetaren arbetar på distans. Medarbetaren "
          "ska själv se till att arbetsplatsen utomlands är lämplig och rapportera brister till sin chef."),
    ("p", "Arbete med sekretessbelagda uppgifter och personuppgifter av känslig karaktär får inte utföras "
          "från utlandet. Medarbetaren får bara använda kommunens dator och ska alltid vara uppkopplad via "
          "kommunens VPN. Offentliga, öppna trådlösa nätverk på hotell, kaféer och flygplatser får inte "
          "användas för arbete."),
    ("p", "Kommunens tjänstereseförsäkring gäller inte vid distansarbete utomlands, eftersom vistelsen "
          "är privat. Den statliga arbetsskadeförsäkringen kan gälla om A1-intyg finns. Medarbetaren bör ha "
          "en egen reseförsäkring."),
    ("h1", "Kostnader"),
    ("p", "Distansarbete utomlands ska inte medföra några extra kostnader för kommunen. Resor, boende, "
          "internetuppkoppling och annan utrustning betalar medarbetaren själv. Kommunen betalar inte "
          "traktamente för distansarbete utomlands."),
    ("p", "Om chefen begär att medarbetaren ska komma in till arbetsplatsen med kort varsel betalar "
          "medarbetaren själv resan hem."),
    ("h1", "Så ansöker du"),
    ("olist", ["Prata med din chef i god tid, minst åtta veckor innan du vill börja arbeta från utlandet.",
               "Fyll i blanketten Ansökan om distansarbete utomlands i HR-portalen. Ange land, adress, "
               "period och antal arbetsdagar.",
               "Chefen bedömer om arbetsuppgifterna passar för distansarbete och tillstyrker eller avslår.",
               "HR-avdelningen kontrollerar skatt och socialförsäkring och ansöker om A1-intyg.",
               "Chefen fattar beslut för perioder upp till 20 arbetsdagar; förvaltningschefen för längre "
               "perioder.",
               "Beslutet registreras i HR-systemet. Medarbetaren rapporterar faktiskt antal arbetsdagar "
               "utomlands i tidrapporten."]),
    ("p", "Ett beslut om distansarbete utomlands gäller för en angiven period och högst ett kalenderår. "
          "Chefen kan återkalla beslutet om verksamheten kräver det."),
    ("h1", "Vanliga frågor"),
    ("h2", "Får jag svara på mejl när jag är på semester utomlands?"),
    ("p", "Enstaka kontroller av e-post under semester räknas inte som distansarbete utomlands, men "
          "kommunen uppmuntrar inte arbete under semestern. Om du deltar i möten eller utför arbete under "
          "en hel eller halv dag ska det i stället vara distansarbete enligt riktlinjen."),
    ("h2", "Gäller riktlinjen förtroendevalda?"),
    ("p", "Nej. Riktlinjen gäller anställda. Förtroendevalda som deltar i sammanträden på distans från "
          "utlandet följer fullmäktiges arbetsordning."),
    ("h2", "Kan jag arbeta från mitt fritidshus i Norge?"),
    ("p", "Norge är ett EES-land, och distansarbete därifrån kan medges enligt grundregeln. Kom ihåg att "
          "Norge inte är med i EU:s tullunion, så kommunens utrustning ska tas med enligt IT-avdelningens "
          "instruktion för resor utanför EU."),
    ("h1", "Kontakt"),
    ("p", "Frågor om riktlinjen besvaras av HR-specialist Leila Haddad på HR-avdelningen. "
          "Frågor om informationssäkerhet och VPN besvaras av IT-avdelningens säkerhetssamordnare."),
]

# ---------------------------------------------------------------------------------------------
# 3. Host families guide (English), for families hosting visiting pupils – .docx
# ---------------------------------------------------------------------------------------------

HOSTGUIDE = [
    ("title", "Hosting a visiting pupil from France – a guide for host families"),
    ("p", "This guide is for families in Alingsås who host a pupil from Lycée Jean-Rostand during the "
          "spring exchange week at Alströmergymnasiet. It is written in English so that it can also be "
          "shared with French parents and with families in which not everyone reads Swedish. The Swedish "
          "guidelines for the exchange take precedence if there is any difference. Edition: February 2026."),
    ("h1", "Why host?"),
    ("p", "Hosting a pupil is the heart of the exchange. The visiting pupil gets to see everyday life in a "
          "Swedish home, and your own child builds a friendship that often lasts for years. Many families "
          "tell us that the week was the most memorable part of upper secondary school."),
    ("h1", "The week at a glance"),
    ("p", "The French group normally arrives in Alingsås on a Saturday evening in week 14 and leaves the "
          "following Saturday morning. The group travels by coach from Landvetter airport to the bus "
          "station in Alingsås, where host families pick up their guest."),
    ("table", [["Day", "Programme", "Meals provided by"],
               ["Saturday", "Arrival around 20:30, collection at the bus station", "Host family"],
               ["Sunday", "Day with the host family", "Host family"],
               ["Monday–Tuesday", "Lessons and joint project work at Alströmergymnasiet", "School lunch; other meals host family"],
               ["Wednesday", "Day trip to Gothenburg with both classes", "School (packed lunch)"],
               ["Thursday", "Visit to Nolhaga and the town centre, project presentations", "School lunch; host family"],
               ["Friday", "Farewell dinner at the school for pupils, families and teachers", "School"],
               ["Saturday", "Departure at 07:00 from the bus station", "Host family (breakfast)"]]),
    ("h1", "What we ask of host families"),
    ("list", ["A bed for the pupil, preferably in a room of their own.",
              "Breakfast and dinner every day, and lunch on Saturday and Sunday.",
              "Transport to and from school and to the bus station on arrival and departure.",
              "An adult reachable by phone at all times during the week.",
              "A criminal record extract for every adult in the household, handed to the principal before the visit."]),
    ("p", "The school does not pay host families for hosting. Families may claim no allowance for food. "
          "If hosting is difficult for financial reasons, please speak confidentially to the principal."),
    ("h1", "Food and allergies"),
    ("p", "Before the visit you will receive a short profile of your guest, including any allergies, diets "
          "and medication. If your household has pets, tell the teacher in charge by 15 January so that "
          "pupils with animal allergies are not placed with you."),
    ("h1", "House rules"),
    ("p", "Visiting pupils follow the house rules of your family. Please explain them on the first evening. "
          "The exchange rules apply too: no alcohol, no tobacco and no driving of any vehicle. Visiting pupils "
          "must be back home by 22:00 on weekdays and by 23:00 on Friday, unless they are at an activity "
          "together with the host family."),
    ("p", "Pupils may not stay overnight anywhere other than with the host family. Sleepovers at friends' "
          "houses are not allowed during the exchange."),
    ("h1", "Insurance"),
    ("p", "Visiting pupils are insured through their school in France. Your home insurance does not need "
          "to cover your guest, but check that it covers damage caused by guests in your home. The French "
          "school provides a copy of the insurance certificate, which the teacher in charge keeps."),
    ("h1", "If something goes wrong"),
    ("p", "In an emergency call 112. Then call the teacher in charge. If the pupil falls ill, the French "
          "accompanying teacher decides together with you whether the pupil needs to see a doctor. The "
          "nearest emergency department is at Alingsås lasarett."),
    ("p", "If there are conflicts or if the placement does not work, contact the teacher in charge. The "
          "school can move a pupil to another family, but only as a last resort."),
    ("h1", "Contact during the week"),
    ("p", "The teacher in charge of the exchange, Camille Östlund, has a duty phone during the whole week: "
          "+46 70 412 33 85. The French accompanying teachers can be reached through her."),
]

# ---------------------------------------------------------------------------------------------
# 4. Svenska institutet – leadership programmes and alumni – English, .pdf
# ---------------------------------------------------------------------------------------------

SI = [
    ("title", "Svenska institutet leadership programmes – guidance for Alingsås Municipality staff"),
    ("p", "Guidance note from the Municipal Executive Office, HR Department and the international "
          "coordinator. Version 1.3, approved 12 February 2026. This note explains which programmes of the "
          "Swedish Institute (Svenska institutet, SI) are relevant to municipal staff, how the municipality "
          "supports staff who apply, and how our alumni are expected to share what they learn."),
    ("h1", "About the Swedish Institute"),
    ("p", "The Swedish Institute is a Swedish government agency that promotes interest in and trust for "
          "Sweden around the world. Among other things, SI runs leadership programmes for professionals from "
          "other countries, in which Swedish participants and host organisations also take part, and it "
          "maintains the SI Network for Future Global Leaders, an alumni network for former scholarship "
          "holders and programme participants."),
    ("p", "SI programmes are not EU programmes. They are financed by the Swedish state, and the rules of "
          "each call are decided by SI. This note summarises the rules as they applied to the 2026 calls; "
          "always check the current call text on SI's website before you apply."),
    ("h1", "Programmes of interest to the municipality"),
    ("h2", "SI Leader Lab"),
    ("p", "SI Leader Lab is a leadership programme for changemakers from the Baltic Sea region and "
          "Eastern Partnership countries working with sustainability, democracy and inclusion. Municipal "
          "staff in Sweden can take part as Swedish participants in some cohorts. The programme lasts about "
          "eight months and combines online modules with two physical meetings, one in Sweden and one in a "
          "partner country."),
    ("h2", "SI Young Connectors of the Future"),
    ("p", "Young Connectors of the Future is a programme for young leaders aged 25 to 35 from countries "
          "in South-East Europe and Turkey. Alingsås has hosted study visits for this programme and can be "
          "asked to host again. Municipal staff are not participants in this programme; our role is to host "
          "and to provide mentors."),
    ("h2", "Swedish Institute Management Programme (SIMP) and similar programmes"),
    ("p", "SI's management programmes for leaders in the private sector are outside the scope of this "
          "note. The municipality does not fund participation in them."),
    ("h2", "Hosting and mentoring"),
    ("p", "Municipal departments can act as host organisations when an SI programme brings international "
          "participants to Sweden for study visits. A study visit to Alingsås usually lasts half a day to "
          "one day. Hosting is free of charge for the municipality in the sense that SI pays the "
          "participants' travel, accommodation and meals; the municipality contributes staff time."),
    ("h1", "Who can apply?"),
    ("p", "Permanent employees of Alingsås Municipality who have been employed for at least two years "
          "may apply for municipal support to take part in an SI leadership programme as a Swedish "
          "participant. The employee must have the support of their line manager, and the programme must be "
          "relevant to their current role."),
    ("p", "Staff on fixed-term contracts may not apply for municipal support, but they may take part at "
          "their own expense during leave if their manager approves the leave."),
    ("p", "Each year the municipality supports a maximum of three employees in SI leadership programmes. "
          "If more employees apply, the international coordinator and the HR Department rank the "
          "applications, giving priority to applicants whose departments have not had a participant "
          "in the last three years."),
    ("h1", "What the municipality pays"),
    ("p", "Participation in SI Leader Lab is free of charge for participants: SI pays the programme, travel "
          "and accommodation for the physical meetings. The municipality pays the employee's salary during "
          "programme days, which are counted as working time."),
    ("p", "Where an SI programme charges a participation fee or does not cover travel, the municipality "
          "may contribute up to SEK 15,000 per participant and year from the central budget for skills "
          "development. Costs above that are paid by the participant's own department, if the head of "
          "department agrees."),
    ("table", [["Cost item", "Paid by", "Comment"],
               ["Programme fee (if any)", "Central skills budget, up to SEK 15,000", "Above that: own department"],
               ["Travel to physical meetings", "SI in most programmes", "Otherwise central skills budget"],
               ["Salary during programme days", "Own department", "Programme days are working time"],
               ["Substitute staff", "Own department", "Not covered centrally"],
               ["Alumni events in Sweden", "Participant's department", "Max 2 events per year"]]),
    ("h1", "Application procedure"),
    ("olist", ["Read the call on SI's website and check that you meet SI's own eligibility criteria.",
               "Discuss the application with your line manager and get written support.",
               "Send an internal notification to the international coordinator no later than four weeks "
               "before SI's deadline, using the form Intern anmälan SI-program.",
               "The HR Department confirms whether the municipality can give support that year.",
               "Submit your application to SI. The municipality does not apply on your behalf.",
               "If you are accepted, inform the coordinator and your manager within one week."]),
    ("p", "SI's own deadlines vary between programmes and years. The SI Leader Lab call for the autumn 2026 "
          "cohort closed on 15 March 2026. The next internal notification window for programmes starting in "
          "2027 closes on 30 September 2026."),
    ("h1", "Obligations after the programme"),
    ("p", "A participant who has received municipal support must share what they have learned. Within "
          "three months of finishing the programme, the participant shall hold a lunch seminar open to all "
          "staff and write a short report (at most two pages) for the international coordinator. The report "
          "is published on the intranet."),
    ("p", "A participant who leaves the municipality within twelve months of finishing the programme does "
          "not have to repay any costs. There is no repayment clause for SI programmes."),
    ("h1", "The SI alumni network"),
    ("p", "The SI Network for Future Global Leaders (NFGL) is SI's network for former scholarship holders "
          "who studied in Sweden. In addition, each leadership programme has its own alumni community. "
          "Alumni can apply to SI for small grants for alumni activities, such as follow-up workshops "
          "and seminars."),
    ("p", "The municipality keeps an internal list of staff who are SI alumni, so that they can be "
          "contacted when Alingsås hosts a study visit or needs contacts in a particular country. Being on "
          "the list is voluntary. There are currently seven SI alumni among the municipality's staff."),
    ("p", "Staff who are SI alumni may take part in a maximum of two alumni events per year during working "
          "time. Travel to alumni events in Sweden is paid by the participant's department; alumni events "
          "abroad are not paid by the municipality."),
    ("h1", "Experience so far"),
    ("p", "Since 2019, five municipal employees have completed SI Leader Lab or its predecessor programmes: "
          "two from the social services, one from the Municipal Executive Office, one from the Education "
          "Department and one from Alingsås Energi. Alingsås hosted study visits for Young Connectors of the "
          "Future in 2022 and 2024, with 28 and 31 participants respectively."),
    ("p", "Participants have pointed out that the programme demands around six hours of work per week in "
          "the online phases. Managers should plan for this before they give their support."),
    ("h1", "Contacts"),
    ("p", "Questions about SI programmes and hosting: the international coordinator at the Municipal "
          "Executive Office. Questions about leave, salary and skills budgets: HR business partner Jonas "
          "Wikander, HR Department."),
]

# ---------------------------------------------------------------------------------------------
# 5. Rekrytering av lärare från Finland och Norge – svenska, .pdf
# ---------------------------------------------------------------------------------------------

LARARE = [
    ("title", "Rekrytering av lärare från Finland och Norge – lärarlegitimation och anställning"),
    ("p", "Stöd för rektorer och HR-konsulter i barn- och ungdomsförvaltningen. Framtaget av HR-avdelningen "
          "i samarbete med förvaltningens kansli. Version 2, april 2026. Stödet ersätter tidigare "
          "anvisningar om utländska lärare från 2021."),
    ("h1", "Varför rekrytera från Finland och Norge?"),
    ("p", "Alingsås kommun, liksom många andra kommuner, har svårt att rekrytera legitimerade lärare i "
          "framför allt matematik, naturorienterande ämnen, moderna språk och specialpedagogik. I Finland "
          "finns finlandssvenska lärare som är utbildade på svenska, och i Norge finns lärare med "
          "skandinaviska språkkunskaper som söker sig till Västsverige. Sedan 2023 har förvaltningen "
          "anställt elva lärare med utländsk lärarexamen, varav sju från Finland och fyra från Norge."),
    ("h1", "Grundregler"),
    ("p", "För att få anställas utan tidsbegränsning som lärare i skolan och för att få sätta betyg "
          "självständigt krävs lärarlegitimation utfärdad av Skolverket. En lärarexamen från Finland eller "
          "Norge räcker alltså inte i sig, utan läraren måste ansöka om svensk lärarlegitimation."),
    ("p", "En lärare som inte har svensk legitimation får anställas i högst ett år i taget. Under den "
          "tiden får läraren inte sätta betyg på egen hand; betyg sätts tillsammans med en legitimerad "
          "lärare."),
    ("h1", "Legitimation för lärare med utbildning från Finland eller Norge"),
    ("p", "Lärare med en lärarexamen från ett annat land inom EU/EES eller Schweiz ansöker om legitimation "
          "hos Skolverket enligt reglerna om erkännande av yrkeskvalifikationer. Finland och Norge hör till "
          "dessa länder. Det är läraren själv som ansöker; kommunen kan inte ansöka för lärarens räkning."),
    ("p", "Skolverket jämför lärarens utbildning med motsvarande svensk lärarexamen. Om utbildningen "
          "skiljer sig väsentligt kan Skolverket besluta om kompensationsåtgärder, det vill säga ett "
          "lämplighetsprov eller en anpassningsperiod. En anpassningsperiod är en period av handledd "
          "yrkesutövning i Sverige, som längst tre år, under ansvar av en legitimerad lärare."),
    ("h2", "Språkkrav"),
    ("p", "Läraren måste visa att hon eller han har tillräckliga kunskaper i svenska. Skolverket godtar "
          "bland annat godkänt betyg i Svenska 3 eller Svenska som andraspråk 3, eller undervisning på "
          "svenska i lärarutbildningen. Finlandssvenska lärare som har gått sin lärarutbildning på svenska "
          "behöver därför normalt inte göra något särskilt språkprov."),
    ("p", "Norska lärare måste visa kunskaper i svenska. Norsk lärarutbildning på norska godtas inte som "
          "bevis. En kurs i svenska på motsvarande nivå kan behövas, och förvaltningen kan betala en sådan "
          "kurs (se avsnittet om kostnader)."),
    ("h2", "Dokument som behövs"),
    ("list", ["Kopia av examensbevis och kursförteckning (på originalspråket)",
              "Översättning till svenska eller engelska av examensbevis och kursförteckning, om originalet är på finska eller norska",
              "Intyg om behörighet från det land där examen är utfärdad (för Finland från Utbildningsstyrelsen, för Norge från Utdanningsdirektoratet)",
              "Bevis om kunskaper i svenska",
              "Kopia av pass eller nationellt id-kort"]),
    ("p", "Dokument på danska och norska kan lämnas utan översättning. Det gäller inte finska, som ska "
          "översättas av en auktoriserad translator."),
    ("h2", "Handläggningstid och avgift"),
    ("p", "Det kostar inget att ansöka om lärarlegitimation hos Skolverket. Handläggningstiden för en "
          "ansökan med utländsk utbildning är enligt Skolverket upp till fyra månader från det att ansökan "
          "är komplett, men kan bli längre om Skolverket begär kompletteringar."),
    ("p", "Kostnader för översättning och bestyrkta kopior betalas av läraren själv, men kan ersättas av "
          "förvaltningen vid tillsvidareanställning, se nedan."),
    ("h1", "Anställning under tiden"),
    ("p", "Rektor kan anställa en lärare med utländsk examen på en tidsbegränsad anställning medan "
          "ansökan om legitimation handläggs. Lönen sätts som för en lärare med motsvarande erfarenhet, "
          "men med ett avdrag på högst 10 procent tills legitimationen är klar. När legitimationen är klar "
          "görs en ny lönesättning från och med månaden efter beslutet."),
    ("p", "Anställningen ska vara tidsbegränsad till högst tolv månader. Anställningen kan förlängas med "
          "ytterligare en period om ansökan fortfarande handläggs hos Skolverket."),
    ("h1", "Kostnader som förvaltningen kan betala"),
    ("p", "För att göra det lättare att rekrytera kan förvaltningen ersätta vissa kostnader för "
          "lärare som anställs från Finland eller Norge. Beslut fattas av rektor inom ramen för skolans "
          "budget. Alla ersättningar förutsätter att läraren är anställd minst sex månader."),
    ("table", [["Kostnad", "Ersättning", "Villkor"],
               ["Auktoriserad översättning av examensdokument", "Högst 8 000 kr", "Mot kvitto"],
               ["Kurs i svenska för norska lärare", "Högst 12 000 kr", "Kursen godkänd av rektor"],
               ["Flyttkostnader", "Högst 25 000 kr", "Vid tillsvidareanställning"],
               ["Resa till intervju", "Faktisk kostnad, högst 4 000 kr", "Billigaste färdsätt"]]),
    ("p", "Om läraren slutar på egen begäran inom ett år från anställningens början ska flyttersättningen "
          "betalas tillbaka. Övriga ersättningar betalas inte tillbaka."),
    ("h1", "Så rekryterar du"),
    ("olist", ["Annonsera tjänsten på kommunens webbplats och i Platsbanken. Annonsen kan även läggas ut "
               "på den finländska jobbportalen Duunitori och den norska Finn.no i samråd med HR.",
               "Gör en första intervju digitalt. Kontrollera examen och språkkunskaper.",
               "Begär referenser från minst två tidigare arbetsgivare.",
               "Kontrollera att läraren har ansökt om svensk lärarlegitimation, eller hjälp läraren att "
               "förstå hur ansökan görs.",
               "Begär utdrag ur belastningsregistret. För lärare som bott i Finland eller Norge de senaste fem "
               "åren ska även ett motsvarande utdrag från det landet begäras.",
               "Anställ enligt avsnittet Anställning under tiden.",
               "Anmäl den nya medarbetaren till introduktionsprogrammet för nyanlända lärare."]),
    ("h1", "Introduktion"),
    ("p", "Alla lärare med utländsk examen får en mentor under det första året. Mentorn är en erfaren "
          "legitimerad lärare på samma skola och får nedsättning i undervisningstid med 5 procent för "
          "uppdraget."),
    ("p", "Introduktionsprogrammet omfattar fyra halvdagar under första terminen om svensk skollag, "
          "läroplaner, betygssättning och elevhälsa. Programmet hålls på svenska."),
    ("h1", "Pensioner och socialförsäkring"),
    ("p", "Lärare som flyttar till Sverige och arbetar här blir normalt socialförsäkrade i Sverige. Intjänad "
          "pension i Finland och Norge påverkas inte av flytten och betalas ut från respektive land. "
          "Läraren kan vända sig till Pensionsmyndigheten med frågor om pension från flera länder."),
    ("p", "För lärare som bor kvar i Norge och pendlar gäller särskilda regler om skatt. Det nordiska "
          "informationsnätverket Hallå Norden kan ge vägledning. Förvaltningen ger inte skatterådgivning."),
    ("h1", "Kontakt"),
    ("p", "Frågor om rekrytering och anställning: HR-konsult Maja Lindfors, HR-avdelningen. Frågor om "
          "legitimation besvaras av Skolverket."),
]

# ---------------------------------------------------------------------------------------------
# 6. Kultur- och fritidsförvaltningen – internationell årsrapport 2025 – svenska, .pdf
# ---------------------------------------------------------------------------------------------

KULTUR = [
    ("title", "Kultur- och fritidsförvaltningens internationella årsrapport 2025"),
    ("p", "Redovisning till kultur- och fritidsnämnden. Behandlad av nämnden den 18 februari 2026, § 14. "
          "Rapporten sammanfattar förvaltningens internationella verksamhet under 2025: evenemang, utbyten, "
          "nätverk, ekonomi och nyckeltal. Vänortsarbetet i den nordiska vänortskedjan redovisas separat och "
          "ingår inte i denna rapport."),
    ("h1", "Sammanfattning"),
    ("p", "År 2025 var förvaltningens mest internationella år hittills. Förvaltningen genomförde 23 "
          "internationella aktiviteter, jämfört med 17 år 2024. Sammanlagt deltog omkring 4 900 besökare "
          "och deltagare. Den största enskilda händelsen var festivalen Alingsås Världens Dag i september."),
    ("p", "Den internationella verksamheten kostade förvaltningen netto 612 000 kr, varav 240 000 kr "
          "finansierades med bidrag från Region Västra Götaland och Nordiska kulturfonden."),
    ("h1", "Evenemang"),
    ("h2", "Alingsås Världens Dag"),
    ("p", "Alingsås Världens Dag hölls lördagen den 13 september 2025 på Stora Torget och i Nolhaga park. "
          "Festivalen samlade omkring 3 200 besökare och 34 föreningar, varav 19 kulturföreningar med "
          "anknytning till andra länder. Programmet innehöll musik, dans, mat och en bokmarknad med "
          "litteratur på 14 språk."),
    ("p", "Festivalen kostade 185 000 kr. Region Västra Götaland bidrog med 60 000 kr. Föreningarnas "
          "deltagande var kostnadsfritt."),
    ("h2", "Internationella bibliotekskvällar"),
    ("p", "Stadsbiblioteket arrangerade under året tio internationella bibliotekskvällar med författare "
          "och översättare från bland annat Finland, Syrien, Ukraina och Chile. Kvällarna hade i genomsnitt "
          "45 besökare. Samarbetet med Finlandsinstitutet gav två författarbesök utan kostnad för "
          "biblioteket."),
    ("h2", "Konstutställning med Tartu"),
    ("p", "Alingsås konsthall visade utställningen Ljus och lera med sex keramiker från Tartu i Estland "
          "från den 3 maj till den 15 juni 2025. Utställningen sågs av 1 150 besökare. Kostnaden för "
          "transporter och försäkring, 78 000 kr, betalades av Nordiska kulturfonden."),
    ("h1", "Utbyten"),
    ("h2", "Ungdomsutbyte med Quimper"),
    ("p", "Under sommaren 2025 tog fritidsgården Sörhaga emot en grupp om tolv ungdomar och två ledare "
          "från Quimper i Bretagne i Frankrike. Besöket varade i åtta dagar och innehöll bland annat "
          "friluftsaktiviteter och ett gemensamt filmprojekt. Ett motbesök i Quimper är planerat till juli "
          "2026 med högst tolv ungdomar från Alingsås."),
    ("p", "Ungdomarna från Alingsås betalar en egenavgift på 1 500 kr för motbesöket. Resten betalas "
          "av förvaltningens budget för ungdomsverksamhet."),
    ("h2", "Personalutbyte med bibliotek i Tallinn"),
    ("p", "Två bibliotekarier från stadsbiblioteket gjorde ett jobbskuggningsbesök på ett folkbibliotek "
          "i Tallinn under fem dagar i oktober. Besöket finansierades av förvaltningens "
          "kompetensutvecklingsbudget och kostade 21 400 kr."),
    ("h1", "Nätverk"),
    ("p", "Förvaltningen deltog under året i tre internationella nätverk:"),
    ("list", ["UBC:s kommission för kultur (Union of the Baltic Cities), med två digitala möten och ett fysiskt möte i Gdańsk",
              "Nordiskt nätverk för folkbibliotek i mindre städer",
              "Det europeiska nätverket för fritidsgårdar och öppen ungdomsverksamhet"]),
    ("p", "Medlemsavgifter för nätverk betalas centralt av kommunledningskontoret och belastar inte "
          "förvaltningen, med undantag för nätverket för fritidsgårdar, där avgiften på 350 euro betalas "
          "av förvaltningen."),
    ("h1", "Nyckeltal"),
    ("table", [["Nyckeltal", "2023", "2024", "2025"],
               ["Internationella aktiviteter", "12", "17", "23"],
               ["Besökare och deltagare", "2 600", "3 700", "4 900"],
               ["Medarbetare som deltagit i utbyte", "3", "4", "6"],
               ["Externa bidrag (kr)", "95 000", "150 000", "240 000"],
               ["Nettokostnad (kr)", "410 000", "530 000", "612 000"]]),
    ("p", "Andelen internationella aktiviteter som riktade sig till unga under 25 år var 48 procent år 2025."),
    ("h1", "Utvärdering"),
    ("p", "Besökarenkäten på Alingsås Världens Dag besvarades av 412 personer. 91 procent angav att de "
          "ville komma tillbaka nästa år. Föreningarna efterfrågade bättre väderskydd och fler elanslutningar."),
    ("p", "Ungdomsutbytet med Quimper utvärderades med fokusgrupper. Ungdomarna lyfte särskilt fram "
          "filmprojektet, men önskade mer fri tid."),
    ("h1", "Planer för 2026"),
    ("list", ["Alingsås Världens Dag den 12 september 2026, med ett särskilt fokus på nordiska minoritetsspråk",
              "Motbesöket i Quimper i juli 2026",
              "En gemensam läsfrämjande kampanj med bibliotek i UBC-nätverket",
              "Att undersöka möjligheten till en konstnärsresidens för en konstnär från Östersjöregionen"]),
    ("p", "Budgeten för den internationella verksamheten 2026 är 640 000 kr netto. Förvaltningen räknar "
          "med externa bidrag på omkring 200 000 kr."),
    ("h1", "Kontakt"),
    ("p", "Rapporten är sammanställd av kultursekreterare Elin Rask, som samordnar förvaltningens "
          "internationella verksamhet utom vänortsarbetet."),
]


# ---------------------------------------------------------------------------------------------
# Additional sections, inserted before each document's closing contact section
# ---------------------------------------------------------------------------------------------

SI_EXTRA = [
    ("h1", "Hosting an SI study visit, step by step"),
    ("p", "Requests to host study visits usually come from SI's programme team or from the organisation "
          "that runs the programme on SI's behalf. Requests are sent to the international coordinator, "
          "who asks the relevant department whether it can host. A department may say no; hosting is "
          "voluntary."),
    ("olist", ["The coordinator forwards the request with the proposed date, the group size and the theme.",
               "The department confirms within ten working days whether it can host.",
               "The department appoints a host who prepares a programme together with the coordinator.",
               "The programme is sent to SI at least three weeks before the visit.",
               "The host receives the group, usually in the council chamber or at the workplace visited.",
               "After the visit the host sends a short note about the visit to the coordinator."]),
    ("p", "A study visit group normally consists of 20 to 35 participants and two to three staff from SI or "
          "the programme operator. The working language is English. Interpretation is not provided."),
    ("p", "The municipality offers coffee and a simple lunch when a group stays for a full day. The cost is "
          "paid by the coordinator's budget, up to SEK 150 per participant. Dinners are not offered."),
    ("h1", "Mentoring"),
    ("p", "Some SI programmes match participants with Swedish mentors. A mentor is an experienced "
          "professional who meets a participant regularly, usually online, during the programme period to "
          "discuss leadership challenges. Municipal staff may act as mentors during working time if their "
          "manager approves. Mentoring normally takes one to two hours per month."),
    ("p", "Mentors do not receive any fee from SI or from the municipality. The experience can however be "
          "included in the employee's skills development plan."),
    ("h1", "Frequently asked questions"),
    ("h2", "Can I apply for an SI scholarship to study abroad?"),
    ("p", "No. SI scholarships are for international students who come to study in Sweden, not for Swedish "
          "employees who want to study abroad. This note only concerns leadership programmes and hosting."),
    ("h2", "Does taking part affect my annual leave?"),
    ("p", "No. Programme days that the municipality has approved are working time and do not reduce annual "
          "leave. Travel days to physical meetings are also working time."),
    ("h2", "Can two people from the same department take part in the same year?"),
    ("p", "It is possible, but only if there are fewer applicants than places. Priority is given to "
          "departments that have not had a participant in the last three years."),
    ("h2", "What if I do not finish the programme?"),
    ("p", "If you leave the programme early, you must inform your manager, the coordinator and SI. You do "
          "not have to repay any municipal costs, but the municipality may decline to support a new "
          "application from you for the following two years."),
]

KULTUR_EXTRA = [
    ("h1", "Övriga aktiviteter under året"),
    ("p", "Utöver de större evenemangen genomförde förvaltningen en rad mindre aktiviteter med internationell "
          "anknytning. De redovisas här i korthet."),
    ("list", ["Filmserien Europa på bio med sex kvällsvisningar på Estrad, i samarbete med en filmstudio, med sammanlagt 480 besökare",
              "Språkcaféer på stadsbiblioteket varje tisdag under terminerna, med i genomsnitt 22 deltagare per tillfälle",
              "Internationell kväll på fritidsgården Sörhaga i november med mat från elva länder",
              "En körworkshop med en kör från Tartu under Kulturnatten i oktober",
              "Två digitala föreläsningar om kulturarv i Östersjöregionen inom UBC:s kommission för kultur"]),
    ("p", "Språkcaféerna drivs av volontärer från tre föreningar. Förvaltningen står för lokal och fika. "
          "Kostnaden var 18 500 kr under året."),
    ("h2", "Kulturnatten"),
    ("p", "Kulturnatten hölls den 4 oktober 2025. Körworkshopen med kören från Tartu samlade 140 deltagare, "
          "varav 60 sångare från Alingsås. Kören från Tartu betalade själv sin resa; förvaltningen betalade "
          "boende i två nätter, 24 000 kr."),
    ("h1", "Ekonomi i detalj"),
    ("p", "Tabellen visar kostnader och intäkter för förvaltningens internationella verksamhet 2025 per "
          "område. Beloppen är avrundade till närmaste tusental."),
    ("table", [["Område", "Kostnad (kr)", "Externa bidrag (kr)", "Nettokostnad (kr)"],
               ["Alingsås Världens Dag", "185 000", "60 000", "125 000"],
               ["Bibliotekets internationella program", "96 000", "0", "96 000"],
               ["Konsthallen", "142 000", "78 000", "64 000"],
               ["Ungdomsutbyten", "238 000", "102 000", "136 000"],
               ["Personalutbyten och nätverk", "61 000", "0", "61 000"],
               ["Övrigt", "130 000", "0", "130 000"],
               ["Summa", "852 000", "240 000", "612 000"]]),
    ("p", "Bidraget till ungdomsutbytena kom från Nordiska kulturfonden och från Region Västra Götalands "
          "stöd till ungdomsverksamhet. Kulturrådet bidrog inte under 2025; ansökan avslogs."),
    ("h1", "Personal"),
    ("p", "Sex medarbetare deltog i internationella utbyten under året: två bibliotekarier, två "
          "fritidsledare, en kultursekreterare och en konsthallsintendent. Förvaltningen har ingen "
          "medarbetare som arbetar heltid med internationella frågor; samordningen görs av "
          "kultursekreteraren på omkring 20 procent av en heltid."),
]

LARARE_EXTRA = [
    ("h1", "Vanliga frågor"),
    ("h2", "Får en lärare från Finland undervisa i finska som modersmål?"),
    ("p", "Ja. Modersmålsundervisning kräver inte lärarlegitimation i samma ämne på samma sätt som andra "
          "ämnen, men läraren ska ha en pedagogisk utbildning eller erfarenhet. Rektor bedömer lämpligheten."),
    ("h2", "Kan vi anställa en lärare som ännu inte har flyttat till Sverige?"),
    ("p", "Ja, men anställningen ska börja först när läraren har en adress i Sverige eller har ordnat "
          "pendling. Läraren ska vara folkbokförd i Sverige om hon eller han ska bo här mer än ett år."),
    ("h2", "Gäller samma regler för förskollärare?"),
    ("p", "Ja, förskollärare behöver också legitimation från Skolverket för att få en tillsvidareanställning. "
          "Reglerna i detta stöd gäller därför även förskollärare, med undantaget att ersättningen för "
          "kurs i svenska bara gäller lärare i grundskola och gymnasieskola."),
    ("h2", "Vad gäller för lärare från Danmark och Island?"),
    ("p", "Samma regler som för Finland och Norge gäller i princip, eftersom båda länderna är med i EU/EES. "
          "Förvaltningen har hittills inte rekryterat lärare därifrån, och ersättningarna i tabellen ovan "
          "gäller bara lärare som rekryteras från Finland eller Norge."),
    ("h1", "Exempel: rekrytering av en mattelärare från Vasa"),
    ("p", "Hösten 2025 rekryterade Noltorpsskolan en lärare i matematik och fysik som hade arbetat i Vasa i "
          "åtta år. Läraren hade finlandssvensk lärarexamen och hade studerat på svenska. Ansökan till "
          "Skolverket skickades in i augusti och legitimationen kom i november, efter knappt tre månader. "
          "Skolan betalade översättning av kursförteckningen på finska, 5 600 kr, och flyttkostnader på "
          "21 000 kr. Läraren har i dag en tillsvidareanställning."),
]

DISTANS_EXTRA = [
    ("h1", "Exempel"),
    ("table", [["Situation", "Bedömning"],
               ["Ekonom vill arbeta tio dagar från föräldrarnas hem i Polen", "Kan medges av chefen"],
               ["Handläggare vill arbeta fyra veckor från Thailand", "Medges inte, land utanför EU/EES"],
               ["Systemförvaltare vill arbeta 40 dagar från Spanien", "Kräver undantag, beslut av förvaltningschefen"],
               ["Undersköterska vill arbeta administrativt från Italien", "Medges inte, tjänsten kräver fysisk närvaro"],
               ["Nyanställd i provanställning vill arbeta från Danmark", "Medges inte under provanställningen"]]),
    ("p", "Exemplen är förenklade. Varje ansökan bedöms för sig, och det finns ingen rätt till "
          "distansarbete utomlands även om villkoren i riktlinjen är uppfyllda."),
    ("h1", "Uppföljning"),
    ("p", "HR-avdelningen följer upp riktlinjen en gång per år och redovisar till personalutskottet hur "
          "många ansökningar som kommit in, hur många som beviljats och i vilka länder arbetet har utförts. "
          "Under 2026 års första fyra månader kom 37 ansökningar in, varav 29 beviljades."),
]

HOST_EXTRA = [
    ("h1", "A few things French pupils often find different"),
    ("list", ["Dinner is early in Sweden, often around 17:30 or 18:00, and lunch at school is served from 11:00.",
              "Shoes are taken off indoors.",
              "School lunch is free of charge for all pupils, including visiting pupils.",
              "Pupils call their teachers by their first names.",
              "In early April it can still be cold and snow is possible, so warm clothes are needed."]),
    ("h1", "Questions host families often ask"),
    ("h2", "Can the visiting pupil share a room with our child?"),
    ("p", "Yes, if your child is of the same sex. The pupil may never share a room with an adult."),
    ("h2", "Do we need to give pocket money?"),
    ("p", "No. Visiting pupils bring their own pocket money. You do not need to pay for cinema tickets, "
          "shopping or other extras."),
    ("h2", "Can we host two pupils?"),
    ("p", "Normally no. In exceptional cases, for example if a placement breaks down, the school may ask a "
          "family that has offered extra space to host two pupils for part of the week."),
]

SYSTER_EXTRA = [
    ("h1", "Historik i korthet"),
    ("table", [["Läsår", "Elever från Alingsås", "Elever från Villefranche", "Kommentar"],
               ["2021/22", "0", "0", "Inställt på grund av pandemin"],
               ["2022/23", "11", "13", "Nytt samarbetsavtal"],
               ["2023/24", "14", "14", ""],
               ["2024/25", "16", "15", "Rekordmånga sökande, 27 elever"],
               ["2025/26", "15", "16", ""]]),
    ("p", "Under läsåret 2025/26 tog Alingsås emot en elev fler än antalet som reste, eftersom en "
          "värdfamilj tog emot två franska elever under en del av veckan."),
    ("h1", "Digitalt samarbete mellan utbytena"),
    ("p", "Mellan besöken arbetar klasserna digitalt. Eleverna har minst två gemensamma videolektioner per "
          "termin och arbetar i en gemensam digital plattform som skolorna har valt tillsammans. Lärarna "
          "ansvarar för att inga personuppgifter om eleverna publiceras öppet."),
]


# ---------------------------------------------------------------------------------------------
# 7. UBC Sustainable Cities Commission – work plan summary – English, .pdf
# ---------------------------------------------------------------------------------------------

UBCPLAN = [
    ("title", "UBC Sustainable Cities Commission – Work Plan 2026–2027, summary for Alingsås staff"),
    ("p", "This summary was prepared by the Community Planning Department of Alingsås Municipality for staff "
          "who are interested in the work of the Sustainable Cities Commission of the Union of the Baltic "
          "Cities. It is based on the work plan adopted by the commission at its meeting in Turku in April "
          "2026 and is not an official UBC document. Prepared in May 2026."),
    ("h1", "The commission in brief"),
    ("p", "The Sustainable Cities Commission brings together environmental, climate and urban planning "
          "experts from UBC member cities. Its aim is to help member cities become climate neutral, "
          "climate resilient and resource efficient. The commission is one of the largest in UBC, with "
          "participants from more than 40 member cities, although the number of cities that attend each "
          "meeting varies."),
    ("p", "The commission is led by a chair city and two vice-chair cities, which are elected for a two-year "
          "term. A small secretariat, hosted by one of the chair cities, prepares meetings, keeps the "
          "contact lists and coordinates the commission's joint project applications."),
    ("h1", "Priorities 2026–2027"),
    ("p", "The work plan sets out four priorities for the period:"),
    ("list", ["Climate adaptation in small and medium-sized cities, with a focus on cloudbursts and urban flooding",
              "Climate neutrality and local climate budgets",
              "Circular economy in public procurement of food and construction materials",
              "Nature-based solutions and urban biodiversity"]),
    ("p", "Each priority has a working group led by one or two member cities. The working groups meet "
          "online between the commission meetings and report to the commission at each physical meeting."),
    ("h2", "Working group on climate adaptation"),
    ("p", "The working group on climate adaptation will compile examples of cloudburst planning from "
          "member cities, organise two webinars a year and prepare a short guide for smaller cities. "
          "Alingsås has offered to present its experience from the study trip to the Dutch water "
          "authorities and its work on a new climate adaptation plan. The group welcomes participants from "
          "municipal water companies as well as from planning departments."),
    ("h2", "Working group on climate neutrality"),
    ("p", "This working group focuses on climate budgets, that is, tools that set a limit for a city's "
          "emissions and follow them up in the same way as the financial budget. Several Nordic cities "
          "already use climate budgets. The group will map the methods used and organise a peer review in "
          "which cities comment on each other's climate budgets."),
    ("h2", "Working group on circular procurement"),
    ("p", "The group will exchange experience of procurement criteria that reduce waste and emissions, for "
          "example reused building materials and plant-based meals in schools. The group does not give "
          "legal advice on procurement; each city remains responsible for applying its own national rules."),
    ("h2", "Working group on nature-based solutions"),
    ("p", "This group will work with green roofs, rain gardens, urban trees and the restoration of small "
          "streams. A joint photo exhibition of examples from member cities is planned for the UBC General "
          "Conference in 2027."),
    ("h1", "Meetings"),
    ("p", "The commission normally holds one physical meeting and one online meeting each year. The "
          "physical meeting lasts two and a half days and includes a study visit in the host city. Online "
          "meetings last half a day. Physical meetings are hosted by member cities in turn; cities that want "
          "to host a meeting tell the secretariat at least a year in advance."),
    ("p", "There is no participation fee for commission meetings. Each city pays its own participants' "
          "travel and accommodation. The host city usually offers lunches and one dinner."),
    ("h1", "Joint projects"),
    ("p", "The commission aims to prepare at least one joint project application each year. Applications "
          "are normally prepared in a smaller group of interested cities, with one city as lead partner. "
          "Commission membership does not oblige any city to take part in a project."),
    ("p", "Typical funding sources for the commission's projects are Interreg Baltic Sea Region, the LIFE "
          "programme and national funds. The commission itself has no project budget of its own."),
    ("h1", "Communication"),
    ("p", "The commission publishes a newsletter four times a year and maintains a page on the UBC website. "
          "Participants are encouraged to share news from their own cities. Material for the newsletter is "
          "sent to the secretariat by the first day of March, June, September and December."),
    ("h1", "What this means for Alingsås"),
    ("p", "For Alingsås the priorities on climate adaptation and nature-based solutions are the most "
          "relevant, since they match the work on the new climate adaptation plan. The Community Planning "
          "Department intends to take part actively in the working group on climate adaptation and to "
          "follow the other groups through the newsletter."),
    ("p", "Staff from other departments, for example the municipal water company, the rescue services or "
          "the Culture and Leisure Department's park staff, are welcome to take part in the working groups' "
          "webinars. Participation in webinars does not require approval other than the manager's normal "
          "approval of working time."),
    ("h1", "Contact"),
    ("p", "Questions about the commission and the working groups are answered by Alingsås's contact person "
          "for the Sustainable Cities Commission at the Community Planning Department."),
]

# ---------------------------------------------------------------------------------------------
# 8. Klimatanpassningsplan – remissversion, avsnitt om samarbete – svenska, .docx
# ---------------------------------------------------------------------------------------------

KLIMAT = [
    ("title", "Klimatanpassningsplan för Alingsås kommun – remissversion, avsnitt 7: Samarbete och lärande"),
    ("p", "Utdrag ur remissversionen av kommunens klimatanpassningsplan, daterad 2026-03-30. Remisstiden "
          "pågår till och med den 29 maj 2026. Planen ska enligt tidplanen antas av kommunfullmäktige i "
          "november 2026. Texten kan komma att ändras efter remissen."),
    ("h1", "7.1 Varför samarbete?"),
    ("p", "Klimatförändringarna påverkar Alingsås på många sätt: kraftigare skyfall, högre flöden i "
          "Säveån, fler värmeböljor och längre perioder av torka. Ingen förvaltning eller organisation kan "
          "hantera de riskerna ensam. Kommunen behöver samarbeta internt, med andra kommuner och "
          "myndigheter i Sverige och med städer och organisationer i andra länder som har kommit längre."),
    ("p", "Det internationella samarbetet är inte ett mål i sig. Det ska bidra till att kommunen hittar "
          "bättre och billigare lösningar och undviker att göra samma misstag som andra."),
    ("h1", "7.2 Samarbete inom kommunkoncernen"),
    ("p", "Ansvaret för klimatanpassning är i dag uppdelat. Samhällsbyggnadsförvaltningen ansvarar för "
          "den fysiska planeringen, Alingsås Energi Nät AB för vatten- och avloppsnätet, räddningstjänsten "
          "för insatser vid översvämning och kultur- och fritidsförvaltningen för parker och "
          "grönområden. Planen föreslår att en samordningsgrupp för klimatanpassning inrättas, med en "
          "representant från var och en av dessa, och att samhällsbyggnadsförvaltningen är sammankallande."),
    ("p", "Samordningsgruppen ska träffas minst fyra gånger per år och varje år lämna en lägesrapport till "
          "kommunstyrelsen. Gruppen ska också ta fram en skriftlig överenskommelse om ansvar och "
          "kostnadsfördelning, efter mönster från de nederländska vattenmyndigheterna."),
    ("h1", "7.3 Regionalt och nationellt samarbete"),
    ("p", "Kommunen deltar i Göteborgsregionens nätverk för klimatanpassning och i Länsstyrelsen i Västra "
          "Götalands läns regionala nätverk. Länsstyrelsen har ett samordnande ansvar för "
          "klimatanpassning i länet och kan ge stöd i form av underlag och kunskap."),
    ("p", "För vattendrag som rinner genom flera kommuner, som Säveån, ska kommunen samarbeta med "
          "grannkommunerna och med vattenrådet för Göta älvs avrinningsområde."),
    ("h1", "7.4 Internationellt samarbete"),
    ("p", "Kommunen har under 2025 och 2026 byggt upp kontakter med två nederländska vattenmyndigheter och "
          "med städer i UBC:s kommission för hållbara städer. Planen föreslår att kommunen fortsätter dessa "
          "samarbeten, men med tydligare mål:"),
    ("list", ["Erfarenhetsutbyte om skyfallskartering och stresstester",
              "Gemensam utveckling av metoder för invånardialog om klimatrisker",
              "Gemensamma ansökningar om EU-medel när det finns ett tydligt behov och partner med liknande förutsättningar",
              "Utbyte mellan medarbetare, till exempel korta jobbskuggningar hos en partner"]),
    ("p", "Internationella samarbeten inom klimatanpassning ska alltid stämmas av med den internationella "
          "samordnaren. Ansökningar om EU-medel ska dessutom godkännas av förvaltningschefen innan de "
          "skickas in."),
    ("h2", "Lärdomar från studieresan till Nederländerna"),
    ("p", "Studieresan till Nederländerna i september 2025 gav flera idéer som har tagits med i planen. Den "
          "viktigaste är att skyfallsrisker ska hanteras med mångfunktionella ytor, det vill säga parker, "
          "lekplatser och torg som kan ta emot vatten vid kraftiga regn men som annars används som vanligt. "
          "Planen föreslår att minst tre sådana ytor ska anläggas i centrala Alingsås till och med 2030."),
    ("p", "Ett annat förslag från resan är att prova en regnkampanj för villaägare. Planen föreslår en "
          "pilotkampanj i ett villaområde under 2027, förutsatt att finansiering kan ordnas."),
    ("h1", "7.5 Lärande och kompetens"),
    ("p", "Medarbetare som arbetar med klimatanpassning ska ha möjlighet att delta i utbildningar, "
          "nätverksträffar och webbinarier, både i Sverige och internationellt. Samordningsgruppen tar "
          "varje år fram en plan för kompetensutveckling."),
    ("p", "Kunskap från internationella resor och möten ska spridas. Den som deltar i en studieresa eller "
          "ett internationellt möte om klimatanpassning ska skriva en kort rapport och presentera den för "
          "samordningsgruppen."),
    ("h1", "7.6 Uppföljning"),
    ("p", "Avsnittet följs upp årligen i samordningsgruppens lägesrapport. Där redovisas bland annat vilka "
          "internationella samarbeten som pågår, vilka resor som har gjorts och vilka lärdomar som har "
          "omsatts i praktiken."),
    ("h1", "7.7 Remissfrågor"),
    ("p", "Remissinstanserna ombeds särskilt att svara på följande frågor:"),
    ("olist", ["Är den föreslagna samordningsgruppen rätt sammansatt?",
               "Bör kommunen prioritera samarbetet med de nederländska vattenmyndigheterna eller med UBC-städerna?",
               "Finns det andra internationella samarbeten som planen bör ta upp?"]),
    ("p", "Remissvar lämnas skriftligt till samhällsbyggnadsförvaltningen. Ange diarienummer SBN 2025/0114 "
          "i remissvaret."),
]


# ---------------------------------------------------------------------------------------------
# 9. EU Strategy for the Baltic Sea Region – briefing – English, .pdf
# ---------------------------------------------------------------------------------------------

EUSBSR = [
    ("title", "The EU Strategy for the Baltic Sea Region – what it means for Alingsås"),
    ("p", "Briefing note from the international coordinator to the heads of department, January 2026. "
          "The note explains the EU Strategy for the Baltic Sea Region (EUSBSR), how it relates to the "
          "municipality's membership in the Union of the Baltic Cities, and how departments can use it."),
    ("h1", "What is the EUSBSR?"),
    ("p", "The EU Strategy for the Baltic Sea Region was the first macro-regional strategy of the European "
          "Union. It was adopted in 2009. A macro-regional strategy is an agreed framework for cooperation "
          "between EU Member States, and sometimes neighbouring countries, in a large geographical area "
          "that faces common challenges. The strategy itself has no budget of its own; it is implemented "
          "through existing programmes and funds and through the work of national and regional authorities."),
    ("p", "The strategy has three overall objectives: to save the sea, to connect the region and to "
          "increase prosperity. The work is organised in policy areas, each coordinated by one or two "
          "countries or organisations. The action plan was revised in 2021 and sets out fourteen policy "
          "areas."),
    ("h1", "Policy areas of most interest to Alingsås"),
    ("p", "Most policy areas are aimed at national authorities and regions. A few are directly relevant to "
          "municipalities:"),
    ("list", ["Policy area Spatial planning – cooperation on maritime and land-based spatial planning",
              "Policy area Nutri – reducing nutrient inputs to the sea, for example from wastewater",
              "Policy area Hazards – reducing the use and impact of hazardous substances",
              "Policy area Education – education, research and employability",
              "Policy area Culture – culture and creative sectors in the region"]),
    ("p", "For Alingsås, the policy areas Nutri and Spatial planning are linked to the work on wastewater "
          "and climate adaptation, and the policy area Culture is linked to the Culture and Leisure "
          "Department's cooperation in the Baltic Sea region."),
    ("h1", "The Annual Forum"),
    ("p", "Each year the strategy holds an Annual Forum, which gathers several hundred participants from "
          "national and regional authorities, cities, universities and organisations. The forum is hosted "
          "by the country that holds the rotating presidency of the strategy. Participation is usually free "
          "of charge, but travel and accommodation are paid by the participants."),
    ("p", "Alingsås has not so far sent staff to the Annual Forum. The international coordinator follows "
          "the forum online and reports on relevant news in the international network."),
    ("h1", "How the EUSBSR relates to UBC"),
    ("p", "The Union of the Baltic Cities is a network of cities, while the EUSBSR is a strategy agreed by "
          "governments. UBC takes part in the strategy's work as a stakeholder and sometimes as a partner "
          "in flagship projects. Through UBC, Alingsås can follow and influence the strategy without "
          "taking part directly."),
    ("p", "A flagship is a project or process that has been given a special status under the strategy "
          "because it contributes to one of the policy areas. Flagship status does not give any funding in "
          "itself, but it can make it easier to find partners and can be an advantage in some applications."),
    ("h1", "Funding linked to the strategy"),
    ("p", "The programme most closely linked to the strategy is Interreg Baltic Sea Region, which funds "
          "transnational cooperation projects. Municipalities can be partners in such projects. Other "
          "sources include the LIFE programme and national funds in the participating countries."),
    ("p", "The Swedish Institute also funds cooperation in the Baltic Sea region, mainly for "
          "organisations that want to build networks with partners in the region, including countries "
          "outside the EU. The municipality's guidance on SI programmes describes the leadership "
          "programmes, which are a separate part of SI's work."),
    ("h1", "Recommendations"),
    ("olist", ["Use UBC as the main channel to the strategy rather than joining policy area groups directly.",
               "When preparing a project in the Baltic Sea region, check whether it matches a policy area "
               "and mention this in the application.",
               "Contact the international coordinator before contacting a policy area coordinator, so that "
               "the municipality speaks with one voice.",
               "Departments that want to attend the Annual Forum in person should follow the same approval "
               "procedure as for other international conferences."]),
    ("h1", "Further information"),
    ("p", "The international coordinator can give more information about the strategy and about current "
          "calls. The strategy's own website publishes the action plan, a list of policy area coordinators "
          "and news about flagships."),
]


# ---------------------------------------------------------------------------------------------
# 10. UBC Cultural Cities Commission, Gdańsk March 2026 – travel report – English, .docx
# ---------------------------------------------------------------------------------------------

GDANSK = [
    ("title", "Travel report: UBC Cultural Cities Commission meeting, Gdańsk, 17–19 March 2026"),
    ("p", "Report by the Culture and Leisure Department, Alingsås Municipality. Participants: Elin Rask, "
          "culture officer, and one librarian from the city library. Submitted to the international "
          "coordinator on 2 April 2026."),
    ("h1", "Summary"),
    ("p", "The spring meeting of the Cultural Cities Commission was hosted by the City of Gdańsk and "
          "gathered 36 participants from 17 member cities. The theme was culture as a tool for "
          "inclusion and social cohesion. The meeting combined presentations by member cities, workshops and "
          "study visits to cultural institutions in Gdańsk."),
    ("p", "For Alingsås the most useful outcomes were contacts for a joint reading promotion campaign among "
          "libraries in the network and ideas for the artist residency that the department is exploring."),
    ("h1", "Programme"),
    ("table", [["Day", "Content"],
               ["Tuesday 17 March", "Arrival, welcome dinner hosted by the City of Gdańsk"],
               ["Wednesday 18 March", "Commission meeting: reports from member cities, workshop on reading promotion, study visit to the European Solidarity Centre"],
               ["Thursday 19 March", "Workshop on artist residencies, study visit to a district library, departure in the afternoon"]]),
    ("h1", "Reading promotion campaign"),
    ("p", "Libraries from eight member cities have agreed to run a joint reading promotion campaign in the "
          "autumn of 2026. Each library will present one book from its own country, translated into "
          "English, and organise a reading event in the same week. The campaign will be coordinated by the "
          "library in Tartu. Alingsås city library has expressed interest and will decide whether to take "
          "part by the end of May 2026."),
    ("p", "The campaign has no joint budget. Each library pays its own costs. For Alingsås the estimated "
          "cost is SEK 12,000, mainly for a guest author and marketing."),
    ("h1", "Artist residencies"),
    ("p", "An artist residency is a programme in which an artist is invited to live and work in a place "
          "for a limited period, usually between one and three months, often with a studio and a small "
          "grant. Three member cities presented their residency programmes. The most relevant example for "
          "Alingsås was a small town in Finland that offers a two-month residency in a former school "
          "building, in cooperation with the local art association."),
    ("p", "The department will continue to explore the idea of a residency for an artist from the Baltic "
          "Sea region. No decision has been taken, and any residency would require funding from outside "
          "the department's current budget."),
    ("h1", "Next meetings"),
    ("p", "The autumn meeting of the commission will be held in Tartu in September 2026. Alingsås plans to "
          "send one participant. The commission also holds short online meetings for the contact persons "
          "between the physical meetings."),
    ("h1", "Costs"),
    ("p", "The trip cost SEK 16,400 for two participants, including flights from Gothenburg, two nights at "
          "a hotel and local transport. The cost was paid by the Culture and Leisure Department. There was "
          "no meeting fee, and the host city offered lunches and the welcome dinner."),
    ("h1", "Recommendations"),
    ("list", ["Take part in the joint reading promotion campaign in autumn 2026.",
              "Invite a librarian from Tartu for a short job-shadowing visit in 2027.",
              "Present Alingsås Världens Dag at the autumn meeting in Tartu.",
              "Continue to explore an artist residency, and look into external funding."]),
]

# ---------------------------------------------------------------------------------------------
# 11. Lägesrapport tillfälligt skydd – socialnämnden – svenska, .pdf
# ---------------------------------------------------------------------------------------------

LAGES = [
    ("title", "Lägesrapport: mottagande av nyanlända och personer med tillfälligt skydd, april 2026"),
    ("p", "Rapport till socialnämnden den 20 maj 2026 från enheten för etablering och integration, "
          "socialförvaltningen. Rapporten lämnas två gånger per år, i maj och i november."),
    ("h1", "Sammanfattning"),
    ("p", "Mottagandet enligt bosättningslagen är fortsatt litet. Under årets första fyra månader har "
          "kommunen tagit emot fyra av årets nio anvisade personer. Mottagandet av personer med tillfälligt "
          "skydd är större: till och med april har Migrationsverket fördelat elva personer med tillfälligt "
          "skydd till Alingsås, av årets fördelningstal på 37 personer."),
    ("p", "Enheten bedömer att kommunen kommer att klara både kommuntalet och fördelningstalet för 2026, "
          "men att det blir svårare att hitta bostäder under hösten."),
    ("h1", "Anvisningar enligt bosättningslagen"),
    ("p", "De fyra personer som har tagits emot är en familj med två vuxna och två barn. Familjen bor i en "
          "lägenhet hos AB Alingsåshem med ett andrahandskontrakt. Barnen går i förskola och grundskola. "
          "Båda vuxna har börjat på sfi och i samhällsorientering."),
    ("p", "Ytterligare fem personer väntas anvisas under hösten. Enheten har ännu inte fått besked om deras "
          "hushållssammansättning."),
    ("h1", "Personer med tillfälligt skydd"),
    ("p", "De elva personer som har fördelats till kommunen under 2026 består av fyra hushåll: tre "
          "familjer och en ensamstående. Samtliga kommer från Migrationsverkets boenden i andra delar av "
          "landet."),
    ("p", "Av de 212 personer med tillfälligt skydd som bodde i kommunen vid årsskiftet har omkring 40 "
          "procent ett arbete eller studerar. Enheten samarbetar med Arbetsförmedlingen och med lokala "
          "arbetsgivare för att fler ska komma i arbete."),
    ("h2", "Boende"),
    ("p", "Enheten har tillgång till 24 lägenheter och 10 rum i delade bostäder för personer med "
          "tillfälligt skydd. Beläggningen i april var 92 procent. Det är främst större lägenheter för "
          "familjer som saknas."),
    ("h1", "Ekonomi"),
    ("p", "Enhetens kostnader för mottagandet täcks i huvudsak av statliga ersättningar. För första "
          "tertialet 2026 redovisar enheten ett litet överskott, främst eftersom färre personer än beräknat "
          "har behövt ekonomiskt bistånd. Ersättningarna från staten redovisas i detalj i "
          "socialförvaltningens tertialrapport."),
    ("h1", "Samverkan"),
    ("p", "Enheten har regelbundna samverkansmöten med bostadsenheten, barn- och ungdomsförvaltningen, "
          "vuxenutbildningen och Arbetsförmedlingen. Mötena hålls en gång i månaden. Civilsamhället bjuds "
          "in två gånger per år."),
    ("p", "Flera föreningar erbjuder språkträning och fritidsaktiviteter. Kultur- och fritidsförvaltningens "
          "språkcaféer på stadsbiblioteket har många deltagare med tillfälligt skydd."),
    ("h1", "Risker och åtgärder"),
    ("list", ["Brist på större lägenheter: enheten för dialog med AB Alingsåshem om fler lägenheter med fyra rum eller fler.",
              "Osäkerhet om hur länge tillfälligt skydd förlängs: enheten följer frågan och informerar nämnden.",
              "Långa väntetider till sfi under våren: vuxenutbildningen har startat en extra grupp."]),
    ("h1", "Förslag till beslut"),
    ("p", "Socialnämnden föreslås lägga lägesrapporten till handlingarna."),
]


# ---------------------------------------------------------------------------------------------
# 12. Background note on Dutch water governance, for partners – English, .pdf
# ---------------------------------------------------------------------------------------------

DUTCH = [
    ("title", "Water governance in the Netherlands – background note for the cooperation with Waterschap Rivierenland"),
    ("p", "Background note written in English by the Community Planning Department of Alingsås Municipality "
          "for colleagues and partners who were not on the study trip in September 2025. November 2025."),
    ("h1", "Three levels of water management"),
    ("p", "Water management in the Netherlands is shared between three levels. The national water "
          "authority, Rijkswaterstaat, is responsible for the large rivers, the main dikes along the coast "
          "and the large lakes. The regional water authorities, waterschappen, are responsible for regional "
          "waterways, smaller dikes, water levels in polders and the treatment of wastewater. The "
          "municipalities are responsible for sewers, urban drainage and spatial planning."),
    ("p", "The provinces play a coordinating role. They set the framework for the water authorities and "
          "approve some of their plans."),
    ("h1", "How a water authority is governed"),
    ("p", "A water authority is governed by a general board elected by the residents of its area every four "
          "years, on the same day as the elections to the provincial councils. Some seats are reserved "
          "for representatives of farmers, nature organisations and businesses. The general board appoints "
          "an executive board, which is chaired by the dijkgraaf, a chair appointed by the national "
          "government."),
    ("p", "The water authorities finance their work mainly through their own taxes: a tax on residents, a "
          "tax on property owners and a pollution levy for wastewater treatment. This makes them "
          "financially independent of the municipalities."),
    ("h1", "The Delta Programme"),
    ("p", "The Delta Programme is the national programme for flood protection, freshwater supply and "
          "spatial adaptation in the Netherlands. It has its own fund and a government commissioner. Under "
          "the part on spatial adaptation, municipalities, water authorities and provinces work together in "
          "regional working regions to carry out stress tests, hold risk dialogues and draw up "
          "implementation agendas."),
    ("p", "The stress test shows where a place is vulnerable to flooding, heat and drought. The risk "
          "dialogue is a conversation with residents, businesses and other stakeholders about which risks "
          "are acceptable and what should be done. The implementation agenda sets out the measures, who "
          "is responsible and how they are financed."),
    ("h1", "Lessons for Swedish municipalities"),
    ("p", "The Swedish system is different. There is no Swedish equivalent of the water authorities, and "
          "responsibility for water is shared between municipalities, municipal water companies, county "
          "administrative boards and national agencies. Direct copying of the Dutch model is therefore not "
          "possible. Several elements can nevertheless be adapted:"),
    ("list", ["A clear, written division of responsibility and costs between the municipality and its water company",
              "Regular stress tests for flooding, heat and drought, with public maps",
              "Structured risk dialogues with residents before measures are decided",
              "Multifunctional spaces that can be flooded during cloudbursts"]),
    ("h1", "The cooperation with Waterschap Rivierenland"),
    ("p", "Waterschap Rivierenland covers the river area between the Rhine, the Waal and the Meuse, "
          "including the town of Tiel. The cooperation with Alingsås is informal; there is no written "
          "agreement. It consists of an exchange of experience through online meetings and visits. The "
          "cooperation may be developed into a joint project if suitable funding is found."),
    ("p", "Contacts with the water authority are coordinated by the Community Planning Department. "
          "Colleagues who want to contact the Dutch partners should first contact the department, so that "
          "the partners do not receive several parallel requests."),
]


# ---------------------------------------------------------------------------------------------
# 13. Brev till vårdnadshavare om Frankrikeutbytet 2026/27 – svenska, .docx
# ---------------------------------------------------------------------------------------------

VARDNAD = [
    ("title", "Information till vårdnadshavare – Frankrikeutbytet läsåret 2026/27"),
    ("p", "Alströmergymnasiet, Alingsås. Utskick till vårdnadshavare för elever som har fått plats i "
          "utbytet med Lycée Jean-Rostand i Villefranche-sur-Saône. Datum: 2026-08-24."),
    ("h1", "Välkomna till årets utbyte!"),
    ("p", "Ert barn har fått en plats i årets Frankrikeutbyte. Vi är glada över att så många sökte även i "
          "år och ser fram emot ett roligt och lärorikt utbyte. I det här brevet hittar ni det viktigaste "
          "om resan i höst och om de franska elevernas besök i vår. De fullständiga reglerna finns i "
          "skolans riktlinjer för utbytet, som ni får vid informationsmötet."),
    ("h1", "Informationsmöte"),
    ("p", "Vi bjuder in till informationsmöte för elever och vårdnadshavare torsdagen den 3 september 2026 "
          "kl. 18.30 i aulan på Alströmergymnasiet. Minst en vårdnadshavare per elev bör delta. På mötet "
          "går vi igenom programmet, reglerna, försäkringar och vad eleverna ska packa."),
    ("h1", "Resan till Frankrike"),
    ("p", "Resan görs under vecka 41, från måndagen den 5 oktober till söndagen den 11 oktober 2026. Vi "
          "flyger från Landvetter till Lyon via Amsterdam och åker buss till Villefranche-sur-Saône. "
          "Samling på Landvetter kl. 05.15 på avresedagen. Hemkomst till Landvetter omkring kl. 16.00 på "
          "söndagen."),
    ("p", "Eleverna bor hos franska värdfamiljer. Under dagarna följer de lektioner på Lycée Jean-Rostand, "
          "arbetar med sina projekt och gör utflykter, bland annat en dag i Lyon."),
    ("h1", "Betalning"),
    ("p", "Egenavgiften är densamma som tidigare år. Faktura skickas ut i början av september. Kontakta "
          "rektor i förtroende om avgiften är ett problem för er familj; ingen elev ska behöva avstå av "
          "ekonomiska skäl."),
    ("h1", "Att packa"),
    ("list", ["Giltigt pass eller nationellt id-kort",
              "Europeiskt sjukförsäkringskort (EU-kort)",
              "Eventuella mediciner i originalförpackning, med intyg på engelska om det behövs",
              "En liten present till värdfamiljen, gärna något typiskt svenskt",
              "Laddare och adapter behövs inte, Frankrike har samma eluttag som Sverige"]),
    ("p", "EU-kortet beställs hos Försäkringskassan och kommer med posten inom ungefär tio dagar. Beställ "
          "det i god tid."),
    ("h1", "Kontakt under resan"),
    ("p", "De medföljande lärarna har en gemensam jourtelefon under hela resan. Numret meddelas på "
          "informationsmötet. Vid akuta situationer ringer ni jourtelefonen i första hand och skolans "
          "expedition i andra hand under kontorstid."),
    ("p", "Vi skickar en kort lägesrapport med bilder till vårdnadshavarna varje kväll via skolans "
          "lärplattform. Eleverna får gärna höra av sig hem, men vi ber er att inte ringa under "
          "lektionstid."),
    ("h1", "De franska elevernas besök"),
    ("p", "De franska eleverna kommer till Alingsås under vecka 14 våren 2027. Alla familjer som har en "
          "elev med i utbytet förväntas ta emot en fransk elev. Mer information om värdskapet och en "
          "guide för värdfamiljer skickas ut i januari."),
    ("p", "Tänk redan nu på att alla vuxna i hushållet behöver lämna utdrag ur belastningsregistret före "
          "besöket. Utdraget beställs hos Polisen och brukar komma inom en till två veckor."),
    ("h1", "Frågor"),
    ("p", "Frågor om utbytet besvaras av ansvarig fransklärare. Frågor om avgifter och nedsättning "
          "besvaras av rektor."),
]

# ---------------------------------------------------------------------------------------------
# 14. Welcome pack for teachers from Norway and Finland – English, .docx
# ---------------------------------------------------------------------------------------------

WELCOME = [
    ("title", "Welcome to Alingsås – information for teachers moving from Finland and Norway"),
    ("p", "Welcome pack from the Education Department (barn- och ungdomsförvaltningen) and the HR "
          "Department, Alingsås Municipality. Edition: spring 2026. This pack is written in English so that "
          "it can also be read by family members who do not read Swedish."),
    ("h1", "Welcome"),
    ("p", "We are very happy that you have chosen to work in Alingsås. Alingsås is a town of about 42,000 "
          "inhabitants, 45 kilometres north-east of Gothenburg, with good train connections and a lively "
          "town centre. The municipality runs some twenty primary and lower secondary schools and two "
          "upper secondary schools."),
    ("p", "This pack summarises practical matters for your first months. Your principal and your mentor "
          "will help you with everything that concerns your school."),
    ("h1", "Before you start"),
    ("list", ["Apply for the Swedish teacher certificate (lärarlegitimation) at the Swedish National Agency for Education (Skolverket), if you have not already done so.",
              "Register your move with the Swedish Tax Agency (Skatteverket) if you will live in Sweden for one year or more.",
              "Open a Swedish bank account; salaries are paid only to Swedish accounts.",
              "Send your bank details and your personal identity number or coordination number to the HR Department."]),
    ("h1", "Your first term"),
    ("p", "All teachers with a foreign teacher's degree get a mentor at their school for the first year. "
          "The mentor is an experienced certified teacher who helps you with planning, grading and the "
          "everyday routines of a Swedish school."),
    ("p", "You will also take part in an introduction programme on the Swedish Education Act, the "
          "curricula, grading and pupil health. The programme consists of four half-days during your first "
          "term and is held in Swedish. Dates are sent to you by your principal."),
    ("h2", "Grading"),
    ("p", "Until you have a Swedish teacher certificate, you may not set grades on your own. You set grades "
          "together with a certified colleague, who signs them. Your principal decides which colleague."),
    ("h1", "Language"),
    ("p", "Teachers from Finland who trained in Swedish usually find the language easy to get used to, "
          "although some words and expressions differ. Teachers from Norway normally understand Swedish "
          "well but need to practise written Swedish. A course in Swedish may be paid for by the "
          "department according to the HR Department's support for recruitment from Finland and Norway."),
    ("h1", "Practical matters"),
    ("h2", "Housing"),
    ("p", "The municipality does not provide housing, but the HR Department can give tips on the local "
          "rental market. The municipal housing company AB Alingsåshem has a queue system; private "
          "landlords and sublets are also common."),
    ("h2", "Children and schools"),
    ("p", "If you move with children, you apply for a place in preschool or school through the municipality's "
          "e-service. Children who are registered in Alingsås have the right to a place."),
    ("h2", "Healthcare"),
    ("p", "Once you are registered in Sweden, you register with a health centre (vårdcentral) of your "
          "choice. Until you are registered, you can use your European Health Insurance Card."),
    ("h1", "Who to contact"),
    ("table", [["Question", "Contact"],
               ["Your timetable, classes and colleagues", "Your principal"],
               ["Salary, contract and relocation allowance", "HR Department"],
               ["Teacher certificate", "Skolverket"],
               ["Tax and registration", "Skatteverket"],
               ["Nordic rules on tax and social security", "Hallå Norden"]]),
]


# ---------------------------------------------------------------------------------------------
# 15. Kultur- och fritidsnämndens internationella handlingsplan 2026–2027 – svenska, .pdf
# ---------------------------------------------------------------------------------------------

HANDLINGSPLAN = [
    ("title", "Internationell handlingsplan för kultur- och fritidsnämnden 2026–2027"),
    ("p", "Antagen av kultur- och fritidsnämnden den 18 februari 2026, § 15, i samband med att nämnden "
          "behandlade förvaltningens internationella årsrapport för 2025. Handlingsplanen gäller för "
          "kultur- och fritidsförvaltningens internationella verksamhet utom vänortsarbetet i den nordiska "
          "vänortskedjan, som har en egen plan."),
    ("h1", "Utgångspunkter"),
    ("p", "Enligt kommunens internationella policy ska varje nämnd ta fram egna mål för sin internationella "
          "utveckling. Handlingsplanen är kultur- och fritidsnämndens sätt att göra det. Den bygger på "
          "erfarenheterna från 2025, då förvaltningen genomförde fler internationella aktiviteter än något "
          "tidigare år."),
    ("p", "Nämnden vill att det internationella arbetet ska komma alla invånare till del, inte bara dem "
          "som redan har internationella kontakter. Särskilt barn och unga ska få möjlighet att möta "
          "jämnåriga från andra länder."),
    ("h1", "Mål för perioden"),
    ("list", ["Minst hälften av förvaltningens internationella aktiviteter ska rikta sig till unga under 25 år.",
              "Minst tre internationella aktiviteter per år ska genomföras i samarbete med föreningar.",
              "Varje år ska minst fyra medarbetare delta i ett internationellt utbyte, jobbskuggning eller nätverksmöte.",
              "Externa bidrag ska finansiera minst 30 procent av den internationella verksamhetens kostnader."]),
    ("h1", "Prioriterade insatser"),
    ("h2", "Festivaler och evenemang"),
    ("p", "Alingsås Världens Dag ska fortsätta som årets största internationella evenemang. Förvaltningen "
          "ska utveckla samarbetet med föreningarna och pröva en ny plats för den akustiska scenen. "
          "Internationella bibliotekskvällar och filmserien Europa på bio fortsätter."),
    ("h2", "Ungdomsutbyten"),
    ("p", "Motbesöket i Quimper genomförs i juli 2026. Förvaltningen ska också undersöka möjligheten att "
          "skicka ungdomar till UBC:s ungdomsaktiviteter och att ta emot en grupp från en annan UBC-stad "
          "under 2027. Ungdomsutbyten ska planeras tillsammans med ungdomarna själva."),
    ("h2", "Bibliotek"),
    ("p", "Stadsbiblioteket ska delta i en gemensam läsfrämjande kampanj med bibliotek i UBC-nätverket, "
          "om kampanjen genomförs. Språkcaféerna ska fortsätta och utvecklas i samarbete med "
          "vuxenutbildningen."),
    ("h2", "Konst och konstnärsresidens"),
    ("p", "Konsthallen ska fortsätta samarbetet med konstnärer i Östersjöregionen. Förvaltningen ska under "
          "2026 ta fram ett underlag om en konstnärsresidens, med kostnader, möjliga lokaler och möjlig "
          "extern finansiering. Underlaget ska redovisas för nämnden senast i december 2026."),
    ("h1", "Organisation och ansvar"),
    ("p", "Förvaltningschefen ansvarar för att handlingsplanen genomförs. Kultursekreteraren samordnar "
          "det internationella arbetet och är förvaltningens kontakt mot kommunens internationella "
          "samordnare. Varje verksamhet ansvarar för sina egna aktiviteter."),
    ("p", "Förvaltningens kontaktpersoner i UBC:s kommissioner för kultur och för unga rapporterar till "
          "kultursekreteraren inför årsrapporten."),
    ("h1", "Ekonomi"),
    ("p", "Den internationella verksamheten finansieras inom nämndens budgetram och med externa bidrag. "
          "Nämnden söker inte extra medel från kommunstyrelsen för handlingsplanen. Förvaltningen ska "
          "varje år undersöka möjligheterna till bidrag från bland annat Nordiska kulturfonden, Region "
          "Västra Götaland och EU:s program Kreativa Europa."),
    ("h1", "Uppföljning"),
    ("p", "Handlingsplanen följs upp i förvaltningens internationella årsrapport, som behandlas av "
          "nämnden i februari varje år. Planen revideras inför 2028."),
]


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
            width = (A4[0] - 144) / len(value[0])
            cells = [[Paragraph(text, styles["cell"]) for text in row] for row in value]
            table = Table(cells, hAlign="LEFT", colWidths=[width] * len(value[0]))
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


def _before_last_h1(blocks, extra):
    """The blocks with `extra` inserted before the last top-level heading (the contact section)."""
    last = max(i for i, (kind, _) in enumerate(blocks) if kind == "h1")
    return blocks[:last] + extra + blocks[last:]


def main(folder: Path) -> None:
    global SI, KULTUR, LARARE, DISTANS, SYSTERSKOLA
    folder.mkdir(parents=True, exist_ok=True)
    SI = _before_last_h1(SI, SI_EXTRA)
    KULTUR = _before_last_h1(KULTUR, KULTUR_EXTRA)
    LARARE = _before_last_h1(LARARE, LARARE_EXTRA)
    DISTANS = _before_last_h1(DISTANS, DISTANS_EXTRA)
    SYSTERSKOLA = _before_last_h1(SYSTERSKOLA, SYSTER_EXTRA)
    hostguide = HOSTGUIDE[:-2] + HOST_EXTRA + HOSTGUIDE[-2:]
    write_docx(SYSTERSKOLA, folder / "systerskola-frankrike-elevutbyte.docx")
    write_docx(DISTANS, folder / "distansarbete-utomlands.docx")
    write_docx(hostguide, folder / "host-family-guide-french-exchange.docx")
    write_pdf(SI, folder / "svenska-institutet-leadership-programmes.pdf",
              "Alingsås Municipality – Swedish Institute programmes", "Page")
    write_pdf(LARARE, folder / "rekrytering-larare-finland-norge.pdf",
              "Alingsås kommun – Rekrytering av lärare från Finland och Norge", "Sida")
    write_pdf(KULTUR, folder / "kultur-fritid-internationell-arsrapport-2025.pdf",
              "Kultur- och fritidsförvaltningen – Internationell årsrapport 2025", "Sida")
    write_pdf(UBCPLAN, folder / "ubc-sustainable-cities-work-plan-2026-2027.pdf",
              "UBC Sustainable Cities Commission – Work Plan summary", "Page")
    write_docx(KLIMAT, folder / "klimatanpassningsplan-remiss-avsnitt-7.docx")
    write_pdf(EUSBSR, folder / "eusbsr-briefing-baltic-sea-strategy.pdf",
              "Alingsås Municipality – EUSBSR briefing", "Page")
    write_docx(GDANSK, folder / "ubc-cultural-cities-gdansk-2026-travel-report.docx")
    write_pdf(LAGES, folder / "lagesrapport-mottagande-april-2026.pdf",
              "Socialförvaltningen – Lägesrapport mottagande", "Sida")
    write_pdf(DUTCH, folder / "dutch-water-governance-background-note.pdf",
              "Alingsås Municipality – Dutch water governance", "Page")
    write_docx(VARDNAD, folder / "frankrikeutbytet-brev-vardnadshavare-2026.docx")
    write_docx(WELCOME, folder / "welcome-pack-teachers-finland-norway.docx")
    write_pdf(HANDLINGSPLAN, folder / "kultur-fritid-internationell-handlingsplan-2026-2027.pdf",
              "Kultur- och fritidsnämnden – Internationell handlingsplan 2026–2027", "Sida")
    print(f"wrote 15 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
