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

# ---------------------------------------------------------------- 11
art("ood11_us-politics_transit-bill-standoff", """
Hartwell vows to block transit bill over rural bus funding

WASHINGTON — Sen. Maureen Hartwell, the Ohio Democrat who chairs the Senate transportation subcommittee, said on Tuesday that she would block a $40 billion transit bill unless the White House restored funding for rural bus networks.

"Rural Ohio is not a rounding error," Hartwell wrote on X shortly after 7 a.m. "No bus money, no bill."

Within the hour, Rep. Dale Munro, a Texas Republican, had shared her post and added: "Welcome to the fiscal responsibility caucus, Senator. We've been waiting."

Hartwell's office said in a statement that the senator had been "patient for eleven months" and would not sign off on "a bill that treats small towns as an afterthought."

White House press secretary Colin Abara told reporters at the daily briefing that the administration had "already bent over backwards" for rural states. He accused Hartwell of "holding commuters hostage."

A White House official, speaking on condition of anonymity, said the president had no plans to call Hartwell before the vote and expected "at least six" Republicans to back the bill.

Senate Majority Leader Tom Pryce told reporters on Capitol Hill that he still intended to bring the bill to the floor next week.

"I'm not going to negotiate with a tweet," Pryce said. "She knows where my office is."

Transit advocates, meanwhile, fear that the standoff could delay money for city systems that are already cutting service. "Every week this drags on, a bus route somewhere gets cut," said Priya Nandakumar, director of the Coalition for American Transit.

Late on Tuesday, Hartwell posted again, writing that her door was "always open" but that her price had not changed.
""", [
    dict(s="[[Hartwell]] vows", c="vows", t=["to block transit bill over rural bus funding"], k="i"),
    dict(s="Sen. Maureen Hartwell, the Ohio Democrat who chairs the Senate transportation subcommittee,",
         c="subcommittee, [[said]] on",
         t=["that she would block a $40 billion transit bill unless the White House restored funding for rural bus networks"], k="i"),
    dict(s="[[Hartwell]] wrote on X", c="wrote on X",
         t=['"Rural Ohio is not a rounding error,"', '"No bus money, no bill."'], k="d"),
    dict(s="Rep. Dale Munro, a Texas Republican,", c="added:",
         t=['"Welcome to the fiscal responsibility caucus, Senator. We\'ve been waiting."'], k="d"),
    dict(s="Hartwell's office", c="said in a statement",
         t=['that the senator had been "patient for eleven months" and would not sign off on "a bill that treats small towns as an afterthought."'], k="m"),
    dict(s="White House press secretary Colin Abara", c="Abara [[told]] reporters",
         t=['that the administration had "already bent over backwards" for rural states'], k="m"),
    dict(s="[[He]] accused", c="accused", t=['Hartwell of "holding commuters hostage."'], k="m"),
    dict(s="A White House official", c="anonymity, [[said]] the",
         t=['the president had no plans to call Hartwell before the vote and expected "at least six" Republicans to back the bill'], k="m"),
    dict(s="Senate Majority Leader Tom Pryce", c="Pryce [[told]] reporters",
         t=["that he still intended to bring the bill to the floor next week"], k="i"),
    dict(s="[[Pryce]] said", c="Pryce [[said]]",
         t=['"I\'m not going to negotiate with a tweet,"', '"She knows where my office is."'], k="d"),
        dict(s="Transit advocates", c="fear",
         t=["that the standoff could delay money for city systems that are already cutting service"], k="i"),
    dict(s="Priya Nandakumar, director of the Coalition for American Transit", c="[[said]] Priya",
         t=['"Every week this drags on, a bus route somewhere gets cut,"'], k="d"),
    dict(s="[[Hartwell]] posted again", c="writing",
         t=['that her door was "always open" but that her price had not changed'], k="m"),
])

# ---------------------------------------------------------------- 12
art("ood12_state-wire_trade-restrictions", """
Dravonian Foreign Ministry calls Lestrian sanctions “economic blackmail”

KORVATH, 12 May (Orbita) — The Dravonian Foreign Ministry on Thursday condemned new trade restrictions imposed by neighbouring Lestria, describing them as “a crude attempt at economic blackmail which will hurt ordinary people on both sides of the border”.

Speaking at her weekly briefing, ministry spokeswoman Irina Valdescu said Korvath “regrets” the decision and reserves the right to respond “in a proportionate manner”.

“We have always been open to dialogue. But dialogue cannot take place under the threat of the whip,” Valdescu told journalists.

Valdescu also said the ministry would summon the Lestrian ambassador on Friday to hand him a formal note of protest. It was noted at the briefing that trade between the two countries reached 3.1 billion euros last year.

The ministry stressed that the restrictions violate the 2009 bilateral trade agreement as well as the rules of the World Trade Organization.

Deputy Foreign Minister Pavel Orest, who oversees relations with neighbouring states, told Orbita that Korvath had “no intention” of closing its own markets to Lestrian goods.

According to the diplomat, Lestrian officials gave no warning of the measures during talks in Korvath last month. “Our partners smiled at the table, then went home and signed this document,” he said.

In Lestria, the economy ministry said the restrictions were a response to “repeated violations” of product safety rules by Dravonian exporters, and insisted they were temporary.
""", [
    dict(s="[[Dravonian Foreign Ministry]] calls", c="calls", t=["Lestrian sanctions “economic blackmail”"], k="m"),
    dict(s="The Dravonian Foreign Ministry", c="condemned",
         t=["new trade restrictions imposed by neighbouring Lestria"], k="i"),
    dict(s="The Dravonian Foreign Ministry", c="describing",
         t=["them as “a crude attempt at economic blackmail which will hurt ordinary people on both sides of the border”"], k="m"),
    dict(s="ministry spokeswoman Irina Valdescu", c="Valdescu [[said]] Korvath",
         t=["Korvath “regrets” the decision and reserves the right to respond “in a proportionate manner”"], k="m"),
    dict(s="[[Valdescu]] told journalists", c="Valdescu [[told]] journalists",
         t=["“We have always been open to dialogue. But dialogue cannot take place under the threat of the whip,”"], k="d"),
    dict(s="[[Valdescu]] also said", c="also said",
         t=["the ministry would summon the Lestrian ambassador on Friday to hand him a formal note of protest"], k="i"),
    dict(s=None, c="was noted", t=["that trade between the two countries reached 3.1 billion euros last year"], k="i"),
    dict(s="[[The ministry]] stressed", c="stressed",
         t=["that the restrictions violate the 2009 bilateral trade agreement as well as the rules of the World Trade Organization"], k="i"),
    dict(s="Deputy Foreign Minister Pavel Orest, who oversees relations with neighbouring states,", c="states, [[told]] Orbita",
         t=["that Korvath had “no intention” of closing its own markets to Lestrian goods"], k="m"),
    dict(s="the diplomat", c="According to",
         t=["Lestrian officials gave no warning of the measures during talks in Korvath last month"], k="i"),
    dict(s="[[he]] said", c="he [[said]]",
         t=["“Our partners smiled at the table, then went home and signed this document,”"], k="d"),
    dict(s="the economy ministry", c="economy ministry [[said]]",
         t=["the restrictions were a response to “repeated violations” of product safety rules by Dravonian exporters"], k="m"),
    dict(s="the economy ministry", c="insisted", t=["they were temporary"], k="i"),
])

# ---------------------------------------------------------------- 13
art("ood13_press-release_battery-plant", """
Brightfield confirms £1.1bn battery plant for Sunderland

Brightfield Energy, the Oslo-based battery maker, said on Monday it would build a £1.1 billion factory on the former Hylton colliery site in Sunderland and create about 900 jobs there by 2029.

The plant will produce cells for electric vans and buses and should begin production in late 2027, the company said in a statement.

"We chose Sunderland because the skills are here, the port is here and the ambition is here," said Ingrid Aasen, chief executive of Brightfield Energy. "This is not a branch office. It is the heart of our European business."

Brightfield's chief financial officer, Marcus Lind, said the project would be funded through a mix of equity, bank loans and a £150 million grant from the government's Advanced Manufacturing Fund.

The Department for Business and Trade confirmed the grant but did not say how much of it would be paid upfront.

Business Secretary Helen Okafor called the investment "a vote of confidence in the North East" and said it would "anchor a whole supply chain."

The Northern Workers' Alliance, which represents staff at several car plants in the region, wants guarantees that the new jobs will be unionised and paid above the regional average.

Analysts at Corran Partners wrote in a research note that Brightfield's order book looked "thin" and warned that the factory could run below capacity for several years.

Founded in 2016, Brightfield says it supplies cells to six European vehicle makers and employs 2,400 people in Norway and Poland.
""", [
    dict(s="[[Brightfield]] confirms", c="confirms", t=["£1.1bn battery plant for Sunderland"], k="i"),
    dict(s="Brightfield Energy, the Oslo-based battery maker,", c="maker, [[said]] on",
         t=["it would build a £1.1 billion factory on the former Hylton colliery site in Sunderland and create about 900 jobs there by 2029"], k="i"),
    dict(s="[[the company]] said in a statement", c="said in a statement",
         t=["The plant will produce cells for electric vans and buses and should begin production in late 2027"], k="i"),
    dict(s="Ingrid Aasen, chief executive of Brightfield Energy", c="[[said]] Ingrid",
         t=['"We chose Sunderland because the skills are here, the port is here and the ambition is here,"',
            '"This is not a branch office. It is the heart of our European business."'], k="d"),
    dict(s="Brightfield's chief financial officer, Marcus Lind,", c="Lind, [[said]] the",
         t=["the project would be funded through a mix of equity, bank loans and a £150 million grant from the government's Advanced Manufacturing Fund"], k="i"),
    dict(s="The Department for Business and Trade", c="confirmed", t=["the grant"], k="i"),
    dict(s="The Department for Business and Trade", c="did not say",
         t=["how much of it would be paid upfront"], k="i"),
    dict(s="Business Secretary Helen Okafor", c="called",
         t=['the investment "a vote of confidence in the North East"'], k="m"),
    dict(s="Business Secretary Helen Okafor", c="East\" and [[said]]",
         t=['it would "anchor a whole supply chain."'], k="m"),
        dict(s="The Northern Workers' Alliance, which represents staff at several car plants in the region,", c="wants",
         t=["guarantees that the new jobs will be unionised and paid above the regional average"], k="i"),
    dict(s="Analysts at Corran Partners", c="wrote in a research note",
         t=['that Brightfield\'s order book looked "thin"'], k="m"),
    dict(s="Analysts at Corran Partners", c="warned",
         t=["that the factory could run below capacity for several years"], k="i"),
    dict(s="[[Brightfield]] says", c="says",
         t=["it supplies cells to six European vehicle makers and employs 2,400 people in Norway and Poland"], k="i"),
])

# ---------------------------------------------------------------- 14
art("ood14_liveblog_storm-ivo", """
Storm Ivo live: thousands without power as forecasters warn worst is yet to come

19:05 — There will be no Hebridean Link sailings from Oban until Thursday, the operator has confirmed. It said on its website that passengers with bookings would be offered a full refund or a later crossing.

18:47 — Argyll and Bute Council says 64 people are now staying overnight at the emergency rest centre in Oban High School. Council leader Fiona Rennie told us that volunteers had “gone above and beyond”.

18:30 — More from the Met Office. Deputy chief meteorologist Alan Pryde said gusts of 90mph had been recorded on Tiree this afternoon, and warned that the strongest winds were still to come.

“The next six hours are the dangerous part. Please do not go down to the seafront to look at the waves,” he said.

18:12 — Northern Grid says around 23,000 homes are without electricity, most of them on Mull and in Kintyre. It expects most customers to be reconnected by Wednesday evening.

17:58 — A reader in Ganavan writes: “Our garden fence is now somewhere in the Sound of Kerrera. The sea is coming over the wall every few minutes.”

17:40 — Police Scotland is urging drivers to stay off the A85 between Connel and Oban. Several trees have come down on the road. Inspector Gary Lyle said officers had dealt with “a steady stream” of minor collisions since lunchtime.

17:05 — “I’ve lived here forty years and I have never seen the bay like this,” said Morag Dunn, who runs a guesthouse on the Esplanade.
""", [
    dict(s="forecasters", c="forecasters [[warn]] worst", t=["worst is yet to come"], k="i"),
    dict(s="the operator", c="has confirmed",
         t=["There will be no Hebridean Link sailings from Oban until Thursday"], k="i"),
    dict(s="[[It]] said on its website", c="said on its website",
         t=["that passengers with bookings would be offered a full refund or a later crossing"], k="i"),
    dict(s="Argyll and Bute Council", c="Council [[says]]",
         t=["64 people are now staying overnight at the emergency rest centre in Oban High School"], k="i"),
    dict(s="Council leader Fiona Rennie", c="Rennie [[told]] us",
         t=["that volunteers had “gone above and beyond”"], k="m"),
    dict(s="Deputy chief meteorologist Alan Pryde", c="Pryde [[said]] gusts",
         t=["gusts of 90mph had been recorded on Tiree this afternoon"], k="i"),
    dict(s="Deputy chief meteorologist Alan Pryde", c="[[warned]] that the strongest",
         t=["that the strongest winds were still to come"], k="i"),
    dict(s="[[he]] said.\n\n18:12 —", c="he [[said]].\n\n18:12 —",
         t=["“The next six hours are the dangerous part. Please do not go down to the seafront to look at the waves,”"], k="d"),
    dict(s="Northern Grid", c="Grid [[says]]",
         t=["around 23,000 homes are without electricity, most of them on Mull and in Kintyre"], k="i"),
    dict(s="[[It]] expects", c="expects",
         t=["most customers to be reconnected by Wednesday evening"], k="i"),
        dict(s="A reader in Ganavan", c="writes:",
         t=["“Our garden fence is now somewhere in the Sound of Kerrera. The sea is coming over the wall every few minutes.”"], k="d"),
    dict(s="Police Scotland", c="is urging",
         t=["drivers to stay off the A85 between Connel and Oban"], k="i"),
    dict(s="Inspector Gary Lyle", c="Lyle [[said]]",
         t=["officers had dealt with “a steady stream” of minor collisions since lunchtime"], k="m"),
        dict(s="Morag Dunn, who runs a guesthouse on the Esplanade", c="[[said]] Morag",
         t=["“I’ve lived here forty years and I have never seen the bay like this,”"], k="d"),
])

# ---------------------------------------------------------------- 15
art("ood15_interview_festival-director", """
Outgoing festival chief Wren says funding cuts nearly ended event

After 19 years in charge of the Harrowgate Festival, Tomasz Wren steps down in September. We met him at the festival’s offices this week, three days after the launch of his final programme.

Asked whether he had ever come close to quitting, Wren laughed. “Every February,” he said. “That’s when the grant letters arrive.”

He said the festival had lost almost a third of its public funding since 2015, and that in 2019 the board had seriously discussed cancelling the event altogether.

Asked what had saved it, he replied: “Stubbornness, mostly. And a woman called Edith Marr, who rang me after reading about our troubles and said, ‘How much do you need?’ I told her the number and she said, ‘Is that all?’”

Marr, a retired textile manufacturer, went on to fund the festival’s education programme until her death in 2021. Wren described her as “the only patron who never once asked for a seat in the front row”.

On critics, he was blunter. Reviewers, he said, had been “mostly fair, occasionally lazy and once, memorably, asleep”.

His lowest moment? “The summer of 2012,” he said without hesitation. A storm tore the roof off the main tent an hour before the opening concert, and the orchestra played in a school gym instead.

His successor, the cellist Ana Ferreira, takes over in October. Reached in Lisbon, Ferreira said she intended to keep the festival’s free outdoor concerts. “Tomasz built something that belongs to the town,” she said. “My job is not to break it.”

Asked what he would do next, Wren said: “Sleep. Then, probably, write long letters to the local paper about whoever is running the festival.”
""", [
    dict(s="Outgoing festival chief Wren", c="says", t=["funding cuts nearly ended event"], k="i"),
    dict(s=None, c="[[Asked]] whether", t=["whether he had ever come close to quitting"], k="i"),
    dict(s="[[he]] said. “That’s", c="he [[said]]. “That’s",
         t=["“Every February,”", "“That’s when the grant letters arrive.”"], k="d"),
    dict(s="[[He]] said the festival", c="He [[said]] the festival",
         t=["the festival had lost almost a third of its public funding since 2015, and that in 2019 the board had seriously discussed cancelling the event altogether"], k="i"),
    dict(s=None, c="[[Asked]] what had saved", t=["what had saved it"], k="i"),
    dict(s="[[he]] replied", c="replied:",
         t=["“Stubbornness, mostly. And a woman called Edith Marr, who rang me after reading about our troubles and said, ‘How much do you need?’ I told her the number and she said, ‘Is that all?’”"], k="d"),
    dict(s="[[Wren]] described", c="described",
         t=["her as “the only patron who never once asked for a seat in the front row”"], k="m"),
    dict(s="[[he]] said, had been", c="he [[said]], had been",
         t=["Reviewers", "had been “mostly fair, occasionally lazy and once, memorably, asleep”"], k="m"),
    dict(s="[[he]] said without", c="said without hesitation", t=["“The summer of 2012,”"], k="d"),
        dict(s="[[Ferreira]] said she", c="Ferreira [[said]] she",
         t=["she intended to keep the festival’s free outdoor concerts"], k="i"),
    dict(s="[[she]] said. “My job", c="she [[said]]. “My job",
         t=["“Tomasz built something that belongs to the town,”", "“My job is not to break it.”"], k="d"),
    dict(s=None, c="[[Asked]] what he would", t=["what he would do next"], k="i"),
    dict(s="[[Wren]] said:", c="said:",
         t=["“Sleep. Then, probably, write long letters to the local paper about whoever is running the festival.”"], k="d"),
])

# ---------------------------------------------------------------- 16
art("ood16_environment_peat-fires", """
Peat fires could release a decade of Scotland’s emissions, report warns

Wildfires on Scotland’s drying peatlands could release as much carbon by 2050 as the whole country now emits in ten years, according to a new assessment of upland fire risk.

The report estimates that the area of peat burned each year has roughly doubled since 2000. Hotter, drier springs are the main cause, it says. It projects that large fires, once rare, could occur in most years by the middle of the century.

Scientists warn that burning peat does more than release carbon. Fire can destroy the spongy surface layer that holds water, leaving hillsides prone to flooding and erosion for decades, said Dr Fiona Laird, a soil scientist at the University of Stirling who was not involved in the study.

‘Once the surface goes, you are not just losing this year’s carbon, you are losing the bank account,’ she said.

Experts believe that satellite records underestimate the true scale of burning. Many small fires on remote moorland are never detected, they say.

The authors caution that their projections depend heavily on how quickly global emissions fall, and that the figures for the 2040s carry wide margins of error.

Official figures suggest that almost 80% of Scotland’s peatland is already damaged to some degree. It is thought that the country’s peat soils hold several times more carbon than all of the UK’s forests.

The Upland Estates Group, which represents landowners, argued that controlled burning of heather reduces the fuel available to wildfires, and said a ban on the practice would be ‘counterproductive’.
""", [
    dict(s="[[report]] warns", c="warns", t=["Peat fires could release a decade of Scotland’s emissions"], k="i"),
    dict(s="a new assessment of upland fire risk", c="according to",
         t=["Wildfires on Scotland’s drying peatlands could release as much carbon by 2050 as the whole country now emits in ten years"], k="i"),
    dict(s="[[The report]] estimates", c="estimates",
         t=["that the area of peat burned each year has roughly doubled since 2000"], k="i"),
    dict(s="[[it]] says", c="it [[says]]", t=["Hotter, drier springs are the main cause"], k="i"),
    dict(s="[[It]] projects", c="It [[projects]]",
         t=["that large fires, once rare, could occur in most years by the middle of the century"], k="i"),
    dict(s="Scientists", c="Scientists [[warn]]", t=["that burning peat does more than release carbon"], k="i"),
    dict(s="Dr Fiona Laird, a soil scientist at the University of Stirling who was not involved in the study",
         c="[[said]] Dr Fiona",
         t=["Fire can destroy the spongy surface layer that holds water, leaving hillsides prone to flooding and erosion for decades"], k="i"),
    dict(s="[[she]] said", c="she [[said]]",
         t=["‘Once the surface goes, you are not just losing this year’s carbon, you are losing the bank account,’"], k="d"),
    dict(s="Experts", c="believe", t=["that satellite records underestimate the true scale of burning"], k="i"),
    dict(s="[[they]] say", c="they [[say]]", t=["Many small fires on remote moorland are never detected"], k="i"),
    dict(s="The authors", c="caution",
         t=["that their projections depend heavily on how quickly global emissions fall, and that the figures for the 2040s carry wide margins of error"], k="i"),
    dict(s="Official figures", c="suggest",
         t=["that almost 80% of Scotland’s peatland is already damaged to some degree"], k="i"),
    dict(s=None, c="is thought",
         t=["that the country’s peat soils hold several times more carbon than all of the UK’s forests"], k="i"),
        dict(s="The Upland Estates Group, which represents landowners,", c="argued",
         t=["that controlled burning of heather reduces the fuel available to wildfires"], k="i"),
    dict(s="The Upland Estates Group, which represents landowners,", c="and [[said]] a ban",
         t=["a ban on the practice would be ‘counterproductive’"], k="m"),
])

# ---------------------------------------------------------------- 17
art("ood17_obituary_mill-campaigner", """
Harold Benn, who saved the Calder Valley’s mills, dies aged 91, family says

Harold Benn, the engineer and local historian who led the campaign to save the Calder Valley’s textile mills from demolition, has died at the age of 91. His family said he died peacefully at his home in Hebden Bridge on Sunday, surrounded by his children and grandchildren.

Benn spent three decades maintaining looms and boilers at the Lumbutts mill. When its owners announced the mill’s closure in 1981, he began the fight that would define the rest of his life.

His daughter, Ruth Benn, recalled that he would take the family on Sunday walks to ‘inspect’ derelict buildings. ‘Other children went to the seaside,’ she said. ‘We went to look at chimneys. Dad was sure every one of them had a story, and usually he was right.’

His son, Michael, remembered him as ‘the only man in Yorkshire who could fix a boiler and quote Ruskin in the same breath’.

Colleagues described him as patient, funny and ‘utterly immovable once he had made up his mind’. The Calder Heritage Trust, which he founded in 1983, said in a statement that the valley ‘would look very different without him’. Its current chair, Dr Priya Moss, said Benn had taught a generation of volunteers to read old mill plans ‘the way other people read novels’.

In 1982 a director of the mill’s owners, Thornbury Textiles, dismissed the campaigners as ‘romantics’ who did not understand the economics of the industry. In a 2011 interview with this newspaper, Benn said he had ‘rather enjoyed being called a romantic’.

Former Calderdale council leader Alan Price said Benn had been ‘a thorn in everyone’s side, including mine’, and credited him with saving more than a dozen buildings.

A funeral will be held at St Thomas’s Church in Heptonstall, the family said.
""", [
    dict(s="[[family]] says", c="says",
         t=["Harold Benn, who saved the Calder Valley’s mills, dies aged 91"], k="i"),
    dict(s="His family", c="family [[said]] he",
         t=["he died peacefully at his home in Hebden Bridge on Sunday, surrounded by his children and grandchildren"], k="i"),
    dict(s="its owners", c="announced", t=["the mill’s closure"], k="i"),
    dict(s="His daughter, Ruth Benn,", c="recalled",
         t=["that he would take the family on Sunday walks to ‘inspect’ derelict buildings"], k="m"),
    dict(s="[[she]] said", c="she [[said]]",
         t=["‘Other children went to the seaside,’",
            "‘We went to look at chimneys. Dad was sure every one of them had a story, and usually he was right.’"], k="d"),
    dict(s="His son, Michael,", c="remembered",
         t=["him as ‘the only man in Yorkshire who could fix a boiler and quote Ruskin in the same breath’"], k="m"),
    dict(s="Colleagues", c="described",
         t=["him as patient, funny and ‘utterly immovable once he had made up his mind’"], k="m"),
    dict(s="The Calder Heritage Trust, which he founded in 1983,", c="said in a statement",
         t=["that the valley ‘would look very different without him’"], k="m"),
    dict(s="Its current chair, Dr Priya Moss,", c="Moss, [[said]] Benn",
         t=["Benn had taught a generation of volunteers to read old mill plans ‘the way other people read novels’"], k="m"),
    dict(s="a director of the mill’s owners, Thornbury Textiles,", c="dismissed",
         t=["the campaigners as ‘romantics’ who did not understand the economics of the industry"], k="m"),
    dict(s="[[Benn]] said he had", c="Benn [[said]] he had",
         t=["he had ‘rather enjoyed being called a romantic’"], k="m"),
    dict(s="Former Calderdale council leader Alan Price", c="Price [[said]]",
         t=["Benn had been ‘a thorn in everyone’s side, including mine’"], k="m"),
    dict(s="Former Calderdale council leader Alan Price", c="credited",
         t=["him with saving more than a dozen buildings"], k="i"),
    dict(s="[[the family]] said.", c="the family [[said]].",
         t=["A funeral will be held at St Thomas’s Church in Heptonstall"], k="i"),
])

# ---------------------------------------------------------------- 18
art("ood18_police-court_port-assault", """
Man charged after lorry driver attacked at Felixstowe port, police say

A 34-year-old man has been charged with grievous bodily harm after a lorry driver was seriously injured in a fight at the Port of Felixstowe, police said.

Daniel Marsh, of Ipswich, appeared before Suffolk Magistrates' Court on Friday. The defendant denied the charge. He was remanded in custody until a hearing at Ipswich Crown Court on 3 June.

Police said the victim, a 51-year-old driver from Lithuania, had been punched and kicked in a queue of lorries waiting to enter the container terminal shortly after 6am on Wednesday. He remains in hospital in a stable condition.

Prosecutors say the attack followed an argument over a parking space. Prosecutor Amanda Reeve told the court that Marsh had "lost his temper completely" and that the driver had been left with a fractured eye socket.

Witnesses described drivers climbing down from their cabs to pull the two men apart. One, who did not want to be named, said the victim "never threw a punch".

"It was over in under a minute, but it was vicious," the witness told the Coastal Herald.

Marsh's solicitor, Kevin Holt, said his client would "vigorously contest" the allegation and had acted in self-defence.

A police spokesman said officers were still examining CCTV footage, and appealed for anyone with dashcam recordings from the Trinity Avenue entrance to come forward.
""", [
    dict(s="[[police]] say", c="police [[say]]",
         t=["Man charged after lorry driver attacked at Felixstowe port"], k="i"),
    dict(s="[[police]] said.", c="police [[said]].",
         t=["A 34-year-old man has been charged with grievous bodily harm after a lorry driver was seriously injured in a fight at the Port of Felixstowe"], k="i"),
    dict(s="The defendant", c="denied", t=["the charge"], k="i"),
    dict(s=None, c="was remanded",
         t=["[[He]] was remanded", "in custody until a hearing at Ipswich Crown Court on 3 June"], k="i"),
    dict(s="[[Police]] said the victim", c="Police [[said]] the victim",
         t=["the victim, a 51-year-old driver from Lithuania, had been punched and kicked in a queue of lorries waiting to enter the container terminal shortly after 6am on Wednesday"], k="i"),
    dict(s="Prosecutors", c="Prosecutors [[say]]",
         t=["the attack followed an argument over a parking space"], k="i"),
    dict(s="Prosecutor Amanda Reeve", c="Reeve [[told]] the court",
         t=['that Marsh had "lost his temper completely" and that the driver had been left with a fractured eye socket'], k="m"),
    dict(s="Witnesses", c="described",
         t=["drivers climbing down from their cabs to pull the two men apart"], k="i"),
    dict(s="[[One]], who did not", c="named, [[said]] the victim", t=['the victim "never threw a punch"'], k="m"),
    dict(s="[[who]] did not want", c="did not want", t=["to be named"], k="i"),
    dict(s="the witness", c="witness [[told]] the",
         t=['"It was over in under a minute, but it was vicious,"'], k="d"),
    dict(s="Marsh's solicitor, Kevin Holt,", c="Holt, [[said]] his",
         t=['his client would "vigorously contest" the allegation and had acted in self-defence'], k="m"),
    dict(s="A police spokesman", c="spokesman [[said]] officers",
         t=["officers were still examining CCTV footage"], k="i"),
    dict(s="A police spokesman", c="appealed for",
         t=["anyone with dashcam recordings from the Trinity Avenue entrance to come forward"], k="i"),
])

# ---------------------------------------------------------------- 19
art("ood19_debate_bridge-street-scheme", """
Mayor defends Bridge Street car ban as traders warn of closures

NORBRIDGE — The mayor and the town’s best-known shopkeeper faced each other on Wednesday evening at a packed meeting in the Corn Exchange.

Elena Vasquez, who has been mayor since last May, told the meeting that closing the street to traffic was the most important thing her administration would do in its first term, and that she was not prepared to see the scheme watered down because of “a campaign of scare stories” about empty shops.

Robert Kane, who chairs the Norbridge Chamber of Commerce and has run a hardware shop on Bridge Street for 26 years, countered that the mayor had not produced a single study showing that pedestrian streets in towns of Norbridge’s size attracted more shoppers, and that the traders he represented, many of whom relied on customers driving in from the surrounding villages, had been consulted only after the decision was made.

She replied that the council had published two studies, both of which found that footfall rose after similar schemes in neighbouring towns, and said she would be happy to send him copies.

“I have read them,” he said. “They were written by consultants the council paid.”

When a resident asked whether delivery vans would still be allowed on the street, Vasquez said that they would, but only before 10 a.m., and that blue-badge holders would keep their access to the car park behind the library.

Kane, who said he had voted for Vasquez, argued that the scheme would turn Bridge Street into “a very pretty car park for nobody”. She countered that the same had been said about the market square in 1994, and that nobody in the town now wanted the cars back there.

Kane said the chamber would submit a formal objection, but added that he still hoped the two sides could agree a compromise on opening hours.
""", [
    dict(s="[[Mayor]] defends", c="defends", t=["Bridge Street car ban"], k="i"),
    dict(s="[[traders]] warn", c="warn of", t=["closures"], k="i"),
    dict(s="Elena Vasquez, who has been mayor since last May,", c="May, [[told]] the meeting",
         t=["that closing the street to traffic was the most important thing her administration would do in its first term, and that she was not prepared to see the scheme watered down because of “a campaign of scare stories” about empty shops"], k="m"),
    dict(s="Robert Kane, who chairs the Norbridge Chamber of Commerce and has run a hardware shop on Bridge Street for 26 years,",
         c="years, [[countered]]",
         t=["that the mayor had not produced a single study showing that pedestrian streets in towns of Norbridge’s size attracted more shoppers, and that the traders he represented, many of whom relied on customers driving in from the surrounding villages, had been consulted only after the decision was made"], k="i"),
    dict(s="[[She]] replied", c="replied",
         t=["that the council had published two studies, both of which found that footfall rose after similar schemes in neighbouring towns"], k="i"),
    dict(s="[[She]] replied", c="and [[said]] she would",
         t=["she would be happy to send him copies"], k="i"),
    dict(s="[[he]] said. “They", c="he [[said]]. “They",
         t=["“I have read them,”",
            "“They were written by consultants the council paid.”"], k="d"),
    dict(s="a resident", c="asked", t=["whether delivery vans would still be allowed on the street"], k="i"),
    dict(s="[[Vasquez]] said that", c="Vasquez [[said]] that",
         t=["that they would, but only before 10 a.m., and that blue-badge holders would keep their access to the car park behind the library"], k="i"),
    dict(s="[[who]] said he had voted", c="who [[said]] he had voted", t=["he had voted for Vasquez"], k="i"),
    dict(s="[[Kane]], who said", c="argued",
         t=["that the scheme would turn Bridge Street into “a very pretty car park for nobody”"], k="m"),
    dict(s="[[She]] countered", c="She [[countered]]",
         t=["that the same had been said about the market square in 1994, and that nobody in the town now wanted the cars back there"], k="i"),
    dict(s="[[Kane]] said the chamber", c="Kane [[said]] the chamber",
         t=["the chamber would submit a formal objection"], k="i"),
    dict(s="[[Kane]] said the chamber", c="added",
         t=["that he still hoped the two sides could agree a compromise on opening hours"], k="i"),
])

# ---------------------------------------------------------------- 20
art("ood20_election-night_cleveland-mayor", """
Okoro claims victory as exit polls show surge in young Cleveland voters

CLEVELAND — City council member Grace Okoro won the race for mayor of Cleveland on Tuesday, defeating former police chief Mark Dillard in a contest that polls had suggested would be far closer.

With nearly all precincts reporting, Okoro had 55 percent of the vote to Dillard's 45 percent, according to the Cuyahoga County Board of Elections.

Exit polls suggested that voters under 30 made up nearly a quarter of the electorate, roughly double their share four years ago, and that they backed Okoro by almost three to one. A poll released on Monday by the Lakeshore Polling Institute had found the two candidates separated by just two points.

Speaking to supporters at a union hall on the East Side shortly before midnight, Okoro promised to "govern for the whole city, not just the people who voted for me."

"Tonight Cleveland chose hope over fear," she said. "Tomorrow we get to work."

In his concession speech at a downtown hotel, Dillard told supporters that he had called Okoro to congratulate her and that he would "do whatever I can to help her succeed."

"The people have spoken, and I respect their decision," Dillard said, as some in the crowd shouted "No!"

Dillard's campaign spokeswoman, Renee Salas, blamed "millions in outside money" for the result.

Okoro's campaign manager, Tyrone Beck, rejected that claim, saying the campaign had relied on "small donors and big shoes."

Okoro is expected to be sworn in on Jan. 2.
""", [
    dict(s="[[Okoro]] claims", c="claims", t=["victory"], k="i"),
    dict(s="exit polls", c="show", t=["surge in young Cleveland voters"], k="i"),
    dict(s="that [[polls]] had suggested", c="had suggested", t=["contest [[that]] polls", "would be far closer"], k="i"),
    dict(s="the Cuyahoga County Board of Elections", c="according to",
         t=["With nearly all precincts reporting, Okoro had 55 percent of the vote to Dillard's 45 percent"], k="i"),
    dict(s="Exit polls", c="[[suggested]] that voters",
         t=["that voters under 30 made up nearly a quarter of the electorate, roughly double their share four years ago, and that they backed Okoro by almost three to one"], k="i"),
    dict(s="A poll released on Monday by the Lakeshore Polling Institute", c="had found",
         t=["the two candidates separated by just two points"], k="i"),
    dict(s="[[Okoro]] promised", c="promised",
         t=['to "govern for the whole city, not just the people who voted for me."'], k="m"),
    dict(s="[[she]] said", c="she [[said]]",
         t=['"Tonight Cleveland chose hope over fear,"', '"Tomorrow we get to work."'], k="d"),
    dict(s="[[Dillard]] told", c="told",
         t=['that he had called Okoro to congratulate her and that he would "do whatever I can to help her succeed."'], k="m"),
    dict(s="[[Dillard]] said, as", c="Dillard [[said]], as",
         t=['"The people have spoken, and I respect their decision,"'], k="d"),
    dict(s="some in the crowd", c="shouted", t=['"No!"'], k="d"),
        dict(s="Dillard's campaign spokeswoman, Renee Salas,", c="blamed",
         t=['"millions in outside money" for the result'], k="m"),
    dict(s="Okoro's campaign manager, Tyrone Beck,", c="rejected", t=["that claim"], k="i"),
    dict(s="Okoro's campaign manager, Tyrone Beck,", c="saying",
         t=['the campaign had relied on "small donors and big shoes."'], k="m"),
        dict(s=None, c="is expected", t=["[[Okoro]] is expected", "to be sworn in on Jan. 2"], k="i"),
])
