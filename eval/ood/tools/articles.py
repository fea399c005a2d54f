# -*- coding: utf-8 -*-
"""Invented articles and their attribution annotations (PolNeAR conventions).

Each attribution: dict(s=source or None, c=cue, t=[content fragments], k=kind)
Span notation: a plain string must occur exactly once in the article; otherwise
write a unique context string with the span itself between [[ and ]].
k is the annotator's own label: d = direct, m = mixed, i = indirect.
"""

ARTICLES = []


def art(name, text, attrs):
    ARTICLES.append((name, text.strip("\n"), attrs))


# ---------------------------------------------------------------- 1
art("ood01_uk-local_bus-route-cuts", """
Residents fear bus route cuts will leave villages ‘cut off’

Villagers in north Shropshire say plans to scrap two rural bus routes will leave elderly people stranded, as the county council prepares to vote on the cuts next week.

The council wants to withdraw the 511 and 514 services, which it says cost more than £380,000 a year to subsidise.

Councillor Helen Marsh, cabinet member for transport, told the BBC the authority had been left with ‘no good options’ after its grant from central government fell for a third year running.

‘Nobody goes into local politics wanting to cut bus services,’ she said. ‘But every pound we spend on an empty bus is a pound we can’t spend on social care.’

Margaret Tully, 81, who has lived in the village of Hollinswood Green for more than 50 years, said she used the 514 three times a week to reach her GP surgery and the market in Wem.

‘Without it I’m stuck,’ she said. ‘My son lives in Leeds. Who is going to drive me to the doctor’s?’

Opposition councillors have called for the decision to be delayed until a full consultation has taken place. Liberal Democrat group leader Councillor Amir Shah argued that the figures did not account for passengers using free bus passes.

‘These routes are a lifeline, not a luxury,’ he added.

A petition against the cuts has gathered more than 2,300 signatures, according to organisers.

The bus operator, Marches Travel, said it had not been consulted on alternative timetables and would ‘welcome a conversation’ with the council.

A spokesperson for Shropshire Council said no final decision had been made.
""", [
    dict(s="Residents", c="fear", t=["bus route cuts will leave villages ‘cut off’"], k="m"),
    dict(s="Villagers in north Shropshire", c="[[say]] plans",
         t=["plans to scrap two rural bus routes will leave elderly people stranded"], k="i"),
    dict(s="[[The council]] wants", c="wants", t=["to withdraw the 511 and 514 services"], k="i"),
    dict(s="which [[it]] says", c="it [[says]] cost",
         t=["[[which]] it says", "cost more than £380,000 a year to subsidise"], k="i"),
    dict(s="Councillor Helen Marsh, cabinet member for transport,", c="[[told]] the BBC",
         t=["the authority had been left with ‘no good options’ after its grant from central government fell for a third year running"], k="m"),
    dict(s="[[she]] said. ‘But every", c="she [[said]]. ‘But every",
         t=["‘Nobody goes into local politics wanting to cut bus services,’",
            "‘But every pound we spend on an empty bus is a pound we can’t spend on social care.’"], k="d"),
    dict(s="Margaret Tully, 81, who has lived in the village of Hollinswood Green for more than 50 years,",
         c="years, [[said]] she",
         t=["she used the 514 three times a week to reach her GP surgery and the market in Wem"], k="i"),
    dict(s="[[she]] said. ‘My son", c="she [[said]]. ‘My son",
         t=["‘Without it I’m stuck,’", "‘My son lives in Leeds. Who is going to drive me to the doctor’s?’"], k="d"),
    dict(s="Opposition councillors", c="have called for",
         t=["the decision to be delayed until a full consultation has taken place"], k="i"),
    dict(s="Liberal Democrat group leader Councillor Amir Shah", c="argued",
         t=["that the figures did not account for passengers using free bus passes"], k="i"),
    dict(s="[[he]] added", c="added", t=["‘These routes are a lifeline, not a luxury,’"], k="d"),
    dict(s="organisers", c="according to",
         t=["A petition against the cuts has gathered more than 2,300 signatures"], k="i"),
    dict(s="The bus operator, Marches Travel,", c="Travel, [[said]] it",
         t=["it had not been consulted on alternative timetables and would ‘welcome a conversation’ with the council"], k="m"),
    dict(s="A spokesperson for Shropshire Council", c="Council [[said]] no",
         t=["no final decision had been made"], k="i"),
])

# ---------------------------------------------------------------- 2
art("ood02_wire_nuclear-stake-sale", """
Britain weighs sale of nuclear plant stake, sources say

LONDON (Wire) — The British government is considering selling part of its stake in a planned nuclear power station to a Gulf sovereign wealth fund, two people familiar with the matter said on Tuesday.

Talks with the fund are at an early stage and no agreement has been reached, the people said, speaking on condition of anonymity because the discussions are private.

The Treasury declined to comment on "market speculation". A spokesman for the Department for Energy Security said the government remained "fully committed" to the project and expected construction to begin next year.

The plant, on the Suffolk coast, has been dogged by rising costs. In March the National Audit Office warned that the final bill could be nearly double the original estimate of 18 billion pounds.

Ministers would also have to satisfy the regulator, which has said it will scrutinise foreign investment in critical infrastructure "on a case-by-case basis".

One of the people said ministers hoped to conclude a deal before the autumn budget. "They want this off the balance sheet," the person said. "That's the whole point."

Opposition energy spokeswoman Clare Dunmore accused the government of "selling the family silver to plug a hole of its own making".

Shares in Halden Engineering, which holds a minority stake in the project, rose 3.1 percent in London trading. The company said in a statement it was "aware of press reports" and would update investors "as appropriate".

Analysts at Morrow Bank wrote in a research note that a sale would be "credit positive" for the project, but cautioned that political risk remained high.

(Reporting by Anna Kells; Editing by Tom Byrne)
""", [
    dict(s="sources", c="say", t=["Britain weighs sale of nuclear plant stake"], k="i"),
    dict(s="two people familiar with the matter", c="matter [[said]] on Tuesday",
         t=["The British government is considering selling part of its stake in a planned nuclear power station to a Gulf sovereign wealth fund"], k="i"),
    dict(s="[[the people]] said, speaking", c="the people [[said]], speaking",
         t=["Talks with the fund are at an early stage and no agreement has been reached"], k="i"),
    dict(s="The Treasury", c="declined", t=['to comment on "market speculation"'], k="m"),
    dict(s="A spokesman for the Department for Energy Security", c="Security [[said]] the",
         t=['the government remained "fully committed" to the project and expected construction to begin next year'], k="m"),
    dict(s="the National Audit Office", c="warned",
         t=["that the final bill could be nearly double the original estimate of 18 billion pounds"], k="i"),
    dict(s="[[which]] has said", c="has said",
         t=['it will scrutinise foreign investment in critical infrastructure "on a case-by-case basis"'], k="m"),
    dict(s="One of the people", c="people [[said]] ministers",
         t=["ministers hoped to conclude a deal before the autumn budget"], k="i"),
    dict(s="[[the person]] said", c="the person [[said]]",
         t=['"They want this off the balance sheet,"', '"That\'s the whole point."'], k="d"),
    dict(s="Opposition energy spokeswoman Clare Dunmore", c="accused",
         t=['the government of "selling the family silver to plug a hole of its own making"'], k="m"),
    dict(s="[[The company]] said in", c="said in a statement",
         t=['it was "aware of press reports" and would update investors "as appropriate"'], k="m"),
    dict(s="Analysts at Morrow Bank", c="wrote in a research note",
         t=['that a sale would be "credit positive" for the project'], k="m"),
    dict(s="Analysts at Morrow Bank", c="cautioned", t=["that political risk remained high"], k="i"),
])

# ---------------------------------------------------------------- 3
art("ood03_health_walking-dementia-study", """
Daily walk cuts dementia risk, study suggests

People who walk for at least 30 minutes a day are around a fifth less likely to develop dementia than those who are mostly inactive, according to a study of more than 60,000 adults in Denmark and Sweden.

The research, published in the Journal of Ageing and Movement on Wednesday, followed participants for an average of 11 years.

Researchers found that the benefit held even after they accounted for age, smoking, diet and education. The effect was strongest among people who had walked regularly since middle age, the authors wrote.

“This is not a miracle cure, but it is one of the most consistent signals we have seen,” said Dr Ingrid Solberg, an epidemiologist at Aarhus University who led the work. “The good news is that it costs nothing.”

She cautioned that the study was observational and could not prove that walking itself protected the brain. People who are already in the early stages of cognitive decline may simply move less, she acknowledged.

Other scientists welcomed the findings but urged caution. Professor Mark Ellery, of the University of Bristol, who was not involved in the research, said the size of the study was “genuinely impressive”.

“What we still don’t know is whether starting to walk at 70 gives you the same protection as walking all your life,” he told reporters at a briefing in London.

The charity Memory Matters Trust believes the results should prompt the NHS to include physical activity in routine health checks for the over-50s. Its chief executive, Asha Patel, called for “clear, practical advice that people can actually follow”.

It is estimated that around 980,000 people in the UK are living with dementia.
""", [
    dict(s="[[study]] suggests", c="suggests", t=["Daily walk cuts dementia risk"], k="i"),
    dict(s="a study of more than 60,000 adults in Denmark and Sweden", c="according to",
         t=["People who walk for at least 30 minutes a day are around a fifth less likely to develop dementia than those who are mostly inactive"], k="i"),
    dict(s="Researchers", c="found",
         t=["that the benefit held even after they accounted for age, smoking, diet and education"], k="i"),
    dict(s="the authors", c="wrote",
         t=["The effect was strongest among people who had walked regularly since middle age"], k="i"),
    dict(s="Dr Ingrid Solberg, an epidemiologist at Aarhus University who led the work", c="[[said]] Dr Ingrid",
         t=["“This is not a miracle cure, but it is one of the most consistent signals we have seen,”",
            "“The good news is that it costs nothing.”"], k="d"),
    dict(s="[[She]] cautioned", c="cautioned",
         t=["that the study was observational and could not prove that walking itself protected the brain"], k="i"),
    dict(s="[[she]] acknowledged", c="acknowledged",
         t=["People who are already in the early stages of cognitive decline may simply move less"], k="i"),
    dict(s="Other scientists", c="welcomed", t=["the findings"], k="i"),
    dict(s="Other scientists", c="urged", t=["urged [[caution]]"], k="i"),
    dict(s="Professor Mark Ellery, of the University of Bristol, who was not involved in the research,",
         c="research, [[said]] the size", t=["the size of the study was “genuinely impressive”"], k="m"),
    dict(s="[[he]] told reporters", c="he [[told]] reporters",
         t=["“What we still don’t know is whether starting to walk at 70 gives you the same protection as walking all your life,”"], k="d"),
    dict(s="The charity Memory Matters Trust", c="believes",
         t=["the results should prompt the NHS to include physical activity in routine health checks for the over-50s"], k="i"),
    dict(s="Its chief executive, Asha Patel,", c="called for",
         t=["“clear, practical advice that people can actually follow”"], k="d"),
    dict(s=None, c="is estimated", t=["that around 980,000 people in the UK are living with dementia"], k="i"),
])

# ---------------------------------------------------------------- 4
art("ood04_business_harbourline-earnings", """
Harbourline profit beats forecasts as freight rates recover

Harbourline Group, the Rotterdam-listed container shipping company, reported a 14% rise in third-quarter profit on Thursday, helped by a rebound in freight rates on routes between Asia and Europe.

Net income rose to €412 million from €361 million a year earlier, the company said in a statement. Analysts polled by FactBase had expected €388 million.

Chief executive Pieter van Loon said demand had been “more resilient than we dared to hope” in the summer months, but warned that overcapacity would weigh on rates next year as new vessels enter service.

“We are not going to pretend the cycle has been abolished,” he said on a call with analysts. “It has not.”

The company raised its full-year guidance and now expects operating profit of between €1.5 billion and €1.6 billion. It also announced a share buyback of up to €200 million.

Harbourline shares rose 6% in early trading in Amsterdam.

Analysts expect freight rates to soften in the first half of next year. Jana Kowalczyk, a transport analyst at Vistula Securities, said the buyback signalled management’s confidence but argued that investors were “underpricing the risk of a price war”.

Last month Harbourline denied a report that it was in talks to buy a smaller rival, Nordkap Lines. Van Loon would say only: “We never comment on rumours.”
""", [
    dict(s="Harbourline Group, the Rotterdam-listed container shipping company,", c="reported",
         t=["a 14% rise in third-quarter profit"], k="i"),
    dict(s="[[the company]] said in a statement", c="said in a statement",
         t=["Net income rose to €412 million from €361 million a year earlier"], k="i"),
    dict(s="Analysts polled by FactBase", c="had expected", t=["€388 million"], k="i"),
    dict(s="Chief executive Pieter van Loon", c="Loon [[said]] demand",
         t=["demand had been “more resilient than we dared to hope” in the summer months"], k="m"),
    dict(s="Chief executive Pieter van Loon", c="warned",
         t=["that overcapacity would weigh on rates next year as new vessels enter service"], k="i"),
    dict(s="[[he]] said on a call", c="said on a call with analysts",
         t=["“We are not going to pretend the cycle has been abolished,”", "“It has not.”"], k="d"),
    dict(s="[[The company]] raised", c="now expects",
         t=["operating profit of between €1.5 billion and €1.6 billion"], k="i"),
    dict(s="[[It]] also announced", c="also announced", t=["a share buyback of up to €200 million"], k="i"),
    dict(s="[[Analysts]] expect", c="Analysts [[expect]] freight", t=["freight rates to soften in the first half of next year"], k="i"),
    dict(s="Jana Kowalczyk, a transport analyst at Vistula Securities,", c="Securities, [[said]] the",
         t=["the buyback signalled management’s confidence"], k="i"),
    dict(s="Jana Kowalczyk, a transport analyst at Vistula Securities,", c="argued",
         t=["that investors were “underpricing the risk of a price war”"], k="m"),
    dict(s="Last month [[Harbourline]] denied", c="denied",
         t=["a report that it was in talks to buy a smaller rival, Nordkap Lines"], k="i"),
    dict(s="Van Loon", c="would say only:", t=["“We never comment on rumours.”"], k="d"),
])

# ---------------------------------------------------------------- 5
art("ood05_sport_rovers-comeback", """
Reyes hails ‘magnificent’ Rovers after late comeback

Eastbrook Rovers manager Dani Reyes praised his side’s ‘character’ after two goals in the final six minutes earned a 2-1 win over Port Carrow at Marsh Lane on Saturday.

Rovers had trailed since the 31st minute, when Carrow striker Callum Orde headed in from a corner, and looked short of ideas until substitute Kieran Bassey levelled in the 84th minute. Luke Harrop then curled in a free-kick in stoppage time.

‘I told the players at half-time that if we kept the ball moving, the spaces would come,’ Reyes said. ‘For an hour they didn’t, and I’m not going to lie, I was worried.

‘But this group never stops. That’s not something you can coach. It comes from inside.’

Reyes insisted he had no complaints about the first-half penalty appeal that was waved away, saying the referee had a ‘clear view’ of the incident.

Carrow boss Steve Corrigan was less forgiving. He claimed the free-kick should never have been awarded and said his players were ‘gutted’.

‘We defended for our lives and we get undone by a decision like that,’ he told BBC Sport. ‘I’ll watch it again, but I know what I saw.’

The result lifts Rovers to ninth in League One. Reyes hopes to have captain Jordan Fenwick back from a hamstring injury for Tuesday’s trip to Exeter, although the club’s medical staff believe the midfielder is more likely to return at the weekend.
""", [
    dict(s="[[Reyes]] hails", c="hails", t=["‘magnificent’ Rovers"], k="m"),
    dict(s="Eastbrook Rovers manager Dani Reyes", c="praised", t=["his side’s ‘character’"], k="m"),
    dict(s="[[Reyes]] said. ‘For", c="Reyes [[said]]. ‘For",
         t=["‘I told the players at half-time that if we kept the ball moving, the spaces would come,’",
            "‘For an hour they didn’t, and I’m not going to lie, I was worried.",
            "‘But this group never stops. That’s not something you can coach. It comes from inside.’"], k="d"),
    dict(s="[[Reyes]] insisted", c="insisted",
         t=["he had no complaints about the first-half penalty appeal that was waved away"], k="i"),
    dict(s="[[Reyes]] insisted", c="saying", t=["the referee had a ‘clear view’ of the incident"], k="m"),
    dict(s="[[He]] claimed", c="claimed", t=["the free-kick should never have been awarded"], k="i"),
    dict(s="[[He]] claimed", c="awarded and [[said]] his", t=["his players were ‘gutted’"], k="m"),
    dict(s="[[he]] told BBC", c="he [[told]] BBC",
         t=["‘We defended for our lives and we get undone by a decision like that,’",
            "‘I’ll watch it again, but I know what I saw.’"], k="d"),
    dict(s="[[Reyes]] hopes", c="hopes",
         t=["to have captain Jordan Fenwick back from a hamstring injury for Tuesday’s trip to Exeter"], k="i"),
    dict(s="the club’s medical staff", c="believe",
         t=["the midfielder is more likely to return at the weekend"], k="i"),
])

# ---------------------------------------------------------------- 6
art("ood06_court_care-home-fraud", """
Former care home manager jailed for stealing from residents

A former care home manager who stole more than £96,000 from elderly residents has been jailed for four years.

Deborah Linsey, 54, of Kelderby, admitted 11 counts of fraud by abuse of position at an earlier hearing.

Kelderby Crown Court heard that over three years she used residents' bank cards to pay for holidays, a car and home improvements.

Prosecutors alleged that Linsey targeted residents with dementia because they were least likely to notice missing money. Opening the case, prosecutor Rhys Cardew said: "She treated their savings as her own personal account."

In mitigation, her barrister, Fiona Wragg, told the court that Linsey had been in "serious debt" after her marriage ended and was "deeply ashamed" of what she had done.

The judge said the offences involved a "grotesque breach of trust".

"You were trusted by these families with the care of the people they loved most," Judge Martin Ashworth told Linsey. "You betrayed that trust for holidays and a new kitchen."

In a victim impact statement read to the court, the son of one resident said his mother had been left unable to pay for her own funeral plan. He wrote that the family would "never get over" the discovery.

North Riding Police said it would now seek to recover the money under the Proceeds of Crime Act. Linsey was also banned from working with vulnerable adults.
""", [
    dict(s=None, c="manager [[jailed]] for stealing", t=["Former care home manager", "for stealing from residents"], k="i"),
    dict(s=None, c="has been jailed",
         t=["A former care home manager who stole more than £96,000 from elderly residents", "for four years"], k="i"),
    dict(s="Deborah Linsey, 54, of Kelderby,", c="admitted", t=["11 counts of fraud by abuse of position"], k="i"),
    dict(s="Kelderby Crown Court", c="heard",
         t=["that over three years she used residents' bank cards to pay for holidays, a car and home improvements"], k="i"),
    dict(s="Prosecutors", c="Prosecutors [[alleged]]",
         t=["that Linsey targeted residents with dementia because they were least likely to notice missing money"], k="i"),
    dict(s="prosecutor Rhys Cardew", c="said:", t=['"She treated their savings as her own personal account."'], k="d"),
    dict(s="her barrister, Fiona Wragg,", c="Wragg, [[told]] the court",
         t=['that Linsey had been in "serious debt" after her marriage ended and was "deeply ashamed" of what she had done'], k="m"),
    dict(s="The judge", c="The judge [[said]] the", t=['the offences involved a "grotesque breach of trust"'], k="m"),
    dict(s="Judge Martin Ashworth", c="Ashworth [[told]] Linsey",
         t=['"You were trusted by these families with the care of the people they loved most,"',
            '"You betrayed that trust for holidays and a new kitchen."'], k="d"),
    dict(s="the son of one resident", c="resident [[said]] his",
         t=["his mother had been left unable to pay for her own funeral plan"], k="i"),
    dict(s="[[He]] wrote", c="wrote", t=['that the family would "never get over" the discovery'], k="m"),
    dict(s="North Riding Police", c="Police [[said]] it",
         t=["it would now seek to recover the money under the Proceeds of Crime Act"], k="i"),
    dict(s=None, c="was also banned", t=["[[Linsey]] was also banned", "from working with vulnerable adults"], k="i"),
])

# ---------------------------------------------------------------- 7
art("ood07_foreign_drone-incursion", """
Moscow rejects Baltic claims over drone incursion

MOSCOW/VILNIUS — Russia on Monday rejected accusations by Lithuania that a Russian military drone had entered its airspace, calling the claims “another provocation” designed to justify a NATO build-up in the region.

Lithuania’s defence ministry said radar had tracked an unmanned aircraft for about 12 minutes near the town of Druskininkai late on Saturday before it turned back towards Belarus. The ministry said it had summoned Russia’s chargé d’affaires to protest.

A Kremlin spokesman told reporters he had “no information” about any such flight. “Our armed forces do not violate the airspace of neighbouring states,” he said. “This is not the first time Vilnius has invented a story to attract attention.”

The Russian foreign ministry went further, saying in a statement that Lithuania was “deliberately poisoning” relations between Moscow and the European Union.

Lithuanian Foreign Minister Rasa Venclovaitė dismissed the denials. “We know what we saw, and we have the data to prove it,” she wrote on social media, adding that the evidence would be shared with allies.

NATO officials said the alliance was aware of the reports and in close contact with Vilnius. A senior Western diplomat, who asked not to be named, said there was “little doubt” that the drone was Russian, but cautioned against treating the incident as a deliberate escalation.

Belarus, whose territory the drone is believed to have crossed, has not commented.
""", [
    dict(s="[[Moscow]] rejects", c="rejects", t=["Baltic claims over drone incursion"], k="i"),
    dict(s="[[Russia]] on Monday", c="rejected",
         t=["accusations by Lithuania that a Russian military drone had entered its airspace"], k="i"),
    dict(s="[[Russia]] on Monday", c="calling",
         t=["the claims “another provocation” designed to justify a NATO build-up in the region"], k="m"),
    dict(s="Lithuania’s defence ministry", c="ministry [[said]] radar",
         t=["radar had tracked an unmanned aircraft for about 12 minutes near the town of Druskininkai late on Saturday before it turned back towards Belarus"], k="i"),
    dict(s="The ministry", c="ministry [[said]] it had",
         t=["it had summoned Russia’s chargé d’affaires to protest"], k="i"),
    dict(s="A Kremlin spokesman", c="told", t=["he had “no information” about any such flight"], k="m"),
    dict(s="[[he]] said. “This", c="he [[said]]. “This",
         t=["“Our armed forces do not violate the airspace of neighbouring states,”",
            "“This is not the first time Vilnius has invented a story to attract attention.”"], k="d"),
    dict(s="The Russian foreign ministry", c="saying in a statement",
         t=["that Lithuania was “deliberately poisoning” relations between Moscow and the European Union"], k="m"),
    dict(s="Lithuanian Foreign Minister Rasa Venclovaitė", c="dismissed", t=["the denials"], k="i"),
    dict(s="[[she]] wrote", c="wrote on social media",
         t=["“We know what we saw, and we have the data to prove it,”"], k="d"),
    dict(s="[[she]] wrote", c="adding", t=["that the evidence would be shared with allies"], k="i"),
    dict(s="NATO officials", c="officials [[said]] the",
         t=["the alliance was aware of the reports and in close contact with Vilnius"], k="i"),
    dict(s="A senior Western diplomat", c="named, [[said]] there",
         t=["there was “little doubt” that the drone was Russian"], k="m"),
    dict(s="[[who]] asked not", c="asked", t=["not to be named"], k="i"),
    dict(s="A senior Western diplomat", c="cautioned against",
         t=["treating the incident as a deliberate escalation"], k="i"),
    dict(s=None, c="is believed", t=["whose territory the drone", "to have crossed"], k="i"),
])

# ---------------------------------------------------------------- 8
art("ood08_tech_streaming-outage", """
Loopa apologises for outage that wiped users’ playlists

Music streaming service Loopa has apologised for a software update that deleted the saved playlists of hundreds of thousands of users over the weekend.

Tomas Rink, the company’s chief executive, wrote on X:

“We messed up. An update we shipped on Saturday deleted playlists some of you had spent years building. Backups exist and we’re restoring them now. I’m sorry. #LoopaDown”

Loopa said in a blog post that about 340,000 accounts had been affected, roughly 2% of its users, and that 90% of the lost playlists had already been restored.

Some users were unconvinced. “Eight years of playlists, gone. ‘Restoring from backups’ my foot,” one user wrote in reply, in a post that was shared thousands of times.

Digital rights group OpenWire called for an inquiry into whether the company had breached consumer protection law. Its policy director, Lena Ofori, argued that people who pay for a service “have a right to expect their data will still be there tomorrow”.

A spokesperson for the Information Commissioner’s Office said it was aware of the incident and was “making enquiries”.

Industry analyst Ben Tuck of Kestrel Research said he doubted the episode would cause lasting damage. “People are angry today,” he said, “but switching services means rebuilding your library somewhere else, and most won’t bother.”

All affected playlists should be restored by Wednesday, the company said on its status page.
""", [
    dict(s="[[Loopa]] apologises", c="apologises for", t=["outage that wiped users’ playlists"], k="i"),
    dict(s="Music streaming service Loopa", c="has apologised for",
         t=["a software update that deleted the saved playlists of hundreds of thousands of users over the weekend"], k="i"),
    dict(s="Tomas Rink, the company’s chief executive,", c="wrote on X:",
         t=["“We messed up. An update we shipped on Saturday deleted playlists some of you had spent years building. Backups exist and we’re restoring them now. I’m sorry. #LoopaDown”"], k="d"),
    dict(s="[[Loopa]] said in a blog post", c="said in a blog post",
         t=["that about 340,000 accounts had been affected, roughly 2% of its users, and that 90% of the lost playlists had already been restored"], k="i"),
    dict(s="one user", c="wrote in reply",
         t=["“Eight years of playlists, gone. ‘Restoring from backups’ my foot,”"], k="d"),
    dict(s="Digital rights group OpenWire", c="called for",
         t=["an inquiry into whether the company had breached consumer protection law"], k="i"),
    dict(s="Its policy director, Lena Ofori,", c="argued",
         t=["that people who pay for a service “have a right to expect their data will still be there tomorrow”"], k="m"),
    dict(s="A spokesperson for the Information Commissioner’s Office", c="Office [[said]] it",
         t=["it was aware of the incident and was “making enquiries”"], k="m"),
    dict(s="Industry analyst Ben Tuck of Kestrel Research", c="Research [[said]] he",
         t=["he doubted the episode would cause lasting damage"], k="i"),
    dict(s="[[he]] said, “but", c="he [[said]], “but",
         t=["“People are angry today,”",
            "“but switching services means rebuilding your library somewhere else, and most won’t bother.”"], k="d"),
    dict(s="[[the company]] said on its status page", c="said on its status page",
         t=["All affected playlists should be restored by Wednesday"], k="i"),
])

# ---------------------------------------------------------------- 9
art("ood09_rescue_multiparagraph-quote", """
Mountain rescue volunteers praised after overnight search

A walker who spent a night stranded on a ledge in Snowdonia has been rescued unharmed after a 14-hour search involving more than 40 volunteers.

The man, in his 60s, had set out alone on Friday morning. His wife raised the alarm when he failed to return to his hotel in Llanberis that evening. Rescuers initially feared he had fallen from the ridge, and a coastguard helicopter was called in to help.

Cwm Dulyn Mountain Rescue Team said he had strayed from the path in thick cloud and slipped down a steep gully, where he was found shortly after dawn on Saturday.

In a statement, team leader Gwen Pritchard said:

“Visibility was down to a few metres for most of the night and the wind on the ridge was gusting at more than 50 miles an hour. Our teams were searching ground that is difficult in daylight, never mind in the dark.

“When the cloud finally lifted, one of our search dogs, Mabon, picked up a scent almost immediately. The gentleman was cold and very shaken, but he was conscious and talking, and he was able to walk part of the way down with support.

“I cannot speak highly enough of the volunteers who gave up their Friday night to look for him. Every one of them has a day job. None of them is paid.

“We would urge anyone heading into the hills to check the forecast, carry a map and a torch, and tell someone where they are going.”

North Wales Police confirmed the man had been treated in hospital for mild hypothermia.

The team’s chairman, Owain Hughes, said volunteers had been called out four times in the past week, and warned that the summer holidays would bring more inexperienced walkers to the mountains.

The rescue was the team’s 187th call-out of the year, which it says is on course to be its busiest on record.
""", [
    dict(s=None, c="praised", t=["Mountain rescue volunteers"], k="i"),
    dict(s="Rescuers", c="initially feared", t=["he had fallen from the ridge"], k="i"),
    dict(s=None, c="was called in",
         t=["a coastguard helicopter", "in [[to help]]"], k="i"),
    dict(s="Cwm Dulyn Mountain Rescue Team", c="Team [[said]] he",
         t=["he had strayed from the path in thick cloud and slipped down a steep gully, where he was found shortly after dawn on Saturday"], k="i"),
    dict(s="team leader Gwen Pritchard", c="said:",
         t=["“Visibility was down to a few metres for most of the night and the wind on the ridge was gusting at more than 50 miles an hour. Our teams were searching ground that is difficult in daylight, never mind in the dark.",
            "“When the cloud finally lifted, one of our search dogs, Mabon, picked up a scent almost immediately. The gentleman was cold and very shaken, but he was conscious and talking, and he was able to walk part of the way down with support.",
            "“I cannot speak highly enough of the volunteers who gave up their Friday night to look for him. Every one of them has a day job. None of them is paid.",
            "“We would urge anyone heading into the hills to check the forecast, carry a map and a torch, and tell someone where they are going.”"], k="d"),
    dict(s="North Wales Police", c="confirmed",
         t=["the man had been treated in hospital for mild hypothermia"], k="i"),
    dict(s="The team’s chairman, Owain Hughes,", c="Hughes, [[said]] volunteers",
         t=["volunteers had been called out four times in the past week"], k="i"),
    dict(s="The team’s chairman, Owain Hughes,", c="warned",
         t=["that the summer holidays would bring more inexperienced walkers to the mountains"], k="i"),
    dict(s="which [[it]] says", c="it [[says]] is",
         t=["[[which]] it says", "is on course to be its busiest on record"], k="i"),
])

# ---------------------------------------------------------------- 10
art("ood10_opinion_libraries-column", """
Closing our libraries would be a false economy

By Ruth Adebayo

I have used the library on Carlton Street since I was seven years old, so I am hardly a neutral observer. But I believe the council's plan to close it, along with four other branches, is a mistake that the town will regret for a generation.

The council argues that footfall has fallen by a third in a decade and that most people now borrow e-books. Both things are true. What the council does not say is that the same buildings now host job clubs, homework help and the only free internet access many residents have.

Last month I spent a morning at Carlton Street. I watched a man in his fifties being shown how to fill in an online benefits claim. The librarian told me she helps someone with a form like that almost every day.

The cabinet member responsible, Councillor Dean Howarth, has said the closures are "not about saving money, but about modernising the service". Yet the consultation document itself puts the savings at £1.2 million a year, on its very first page.

I am not naive. I know that councils face impossible choices and that something has to give. I hope, though, that councillors will look again at a proposal from the Friends of Carlton Street Library. The group wants to run the building as a community hub staffed by volunteers.

In my view, a town that cannot keep its libraries open has stopped believing in its own future. I doubt that many of the people voting next month would disagree with that in private.
""", [
    dict(s="[[I]] believe", c="believe",
         t=["the council's plan to close it, along with four other branches, is a mistake that the town will regret for a generation"], k="i"),
    dict(s="[[The council]] argues", c="argues",
         t=["that footfall has fallen by a third in a decade and that most people now borrow e-books"], k="i"),
    dict(s="What [[the council]] does not say", c="does not say",
         t=["[[What]] the council does not",
            "that the same buildings now host job clubs, homework help and the only free internet access many residents have"], k="i"),
    dict(s="[[I]] watched", c="watched",
         t=["a man in his fifties being shown how to fill in an online benefits claim"], k="i"),
    dict(s="The librarian", c="librarian [[told]] me",
         t=["she helps someone with a form like that almost every day"], k="i"),
    dict(s="The cabinet member responsible, Councillor Dean Howarth,", c="has said",
         t=['the closures are "not about saving money, but about modernising the service"'], k="m"),
    dict(s="the consultation document itself", c="puts",
         t=["the savings at £1.2 million a year"], k="i"),
    dict(s="[[I]] know", c="know",
         t=["that councils face impossible choices and that something has to give"], k="i"),
    dict(s="[[I]] hope", c="hope",
         t=["that councillors will look again at a proposal from the Friends of Carlton Street Library"], k="i"),
    dict(s="The group", c="wants", t=["to run the building as a community hub staffed by volunteers"], k="i"),
    dict(s="In [[my]] view", c="view",
         t=["a town that cannot keep its libraries open has stopped believing in its own future"], k="i"),
    dict(s="[[I]] doubt", c="doubt",
         t=["that many of the people voting next month would disagree with that in private"], k="i"),
])
