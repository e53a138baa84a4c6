package dev.lede.testing;

import dev.lede.Article;
import dev.lede.NoteKind;
import dev.lede.SummaryRow;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The domain example as an {@link Article}: the news-analysis page "US-Russia Alaska Summit: Prospects and
 * Pitfalls" from THE MAG POST, with every heading, paragraph, the Aspect/Summary table and the editorial note,
 * and none of the page's site chrome ("Latest Posts", "Comments", ratings and the like).
 *
 * <p>The text is copied character for character from the page: curly apostrophes, em dashes, straight quotes
 * where the page has them, and the one no-break space (after 'THE MAG POST' in the editorial note).
 *
 * <p>Two values are not on the page and were invented so that the fixture passes publishable validation: the
 * publication time, {@code 2025-08-14T09:00Z} (the page's text carries no date), and the hero image's address,
 * {@code https://www.themagpost.com/images/us-russia-alaska-summit.jpg}. The language, {@code en}, is the
 * page's. No section has an explicit id; each is derived from its heading, such as
 * {@code alaska-as-venue-in-the-us-russia-alaska-summit} and {@code geography-as-stage}.
 *
 * <p>Thread-safe: the article is immutable and built once.
 */
public final class SeedArticle {
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2025, 8, 14, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String HERO_SRC = "https://www.themagpost.com/images/us-russia-alaska-summit.jpg";
    private static final Article ARTICLE = build();

    private SeedArticle() {}

    /**
     * The seed article. Every call returns the same immutable instance.
     *
     * @return the article; never null
     */
    public static Article article() {
        return ARTICLE;
    }

    private static Article build() {
        return Article.builder()
                .title("US-Russia Alaska Summit: Prospects and Pitfalls")
                .publisher("THE MAG POST")
                .published(PUBLISHED)
                .language("en")
                .hero(HERO_SRC, "US-Russia Alaska summit",
                        "US-Russia Alaska Summit: Prospects and Pitfalls (ai representative image)")
                .lead("US-Russia Alaska Summit: A Geopolitical Crossroads. Two leaders, a remote Arctic setting, "
                        + "and a moment when two nuclear powers test the boundaries of diplomacy. The US-Russia "
                        + "Alaska Summit is not just a meeting; it's a litmus test for diplomacy, deterrence, "
                        + "and the art of messaging in a time of upheaval. As Alaska sits at the edge of two "
                        + "continents and two competing narratives, every gesture—every sentence—will carry "
                        + "weight beyond the room. This section unpacks the signals and stakes that define the "
                        + "encounter.")
                .section("US-Russia Alaska Summit: A Geopolitical Crossroads", section -> section
                        .paragraph("When the agenda is dense with security guarantees, arms control, and "
                                + "crisis-management mechanisms, the Alaska venue becomes part of the message. "
                                + "The location fosters a sense of proximity without forcing a resolution, "
                                + "allowing both sides to calibrate tone and tempo. Observers expect a careful "
                                + "balance between firmness and flexibility, a combination that could lower "
                                + "tensions while preserving core interests. The summit's atmosphere is "
                                + "intentionally measured, inviting concrete steps without premature "
                                + "declarations of victory or failure.")
                        .paragraph("The background to this gathering is layered: sanctions, sanctions relief "
                                + "conversations, alliance realignments, and the evolving calculus in Kyiv. In "
                                + "Alaska, the participants face the practical challenge of translating "
                                + "high-level rhetoric into verifiable actions. Even a modest agreement could "
                                + "open doors for follow-up talks, verification protocols, and a gradual "
                                + "de-linking of militarized postures from ongoing conflicts. In short, the "
                                + "Alaska encounter is less about a single clause and more about a sustained "
                                + "path toward dialogue."))
                .section("The Background and Stakes of the US-Russia Alaska Summit", section -> section
                        .paragraph("The conference embodies years of strategic maneuvering. Putin arrives with a "
                                + "record of asserting influence across neighboring regions while navigating "
                                + "sanctions and global scrutiny. Trump arrives bearing a political ledger that "
                                + "prizes perceived wins on the world stage and a reputation for renegotiating "
                                + "long-standing commitments. The Alaska setting amplifies these positions, "
                                + "making visible the tension between asserting sovereignty and seeking "
                                + "constructive engagement. For regional players, the summit signals whether "
                                + "diplomacy can outpace escalation, especially in the Arctic theatre where "
                                + "resource claims and military posture intersect.")
                        .paragraph("Analysts emphasize that the stakes extend beyond the two presidents. A "
                                + "successful dialogue could create architecture for future talks on arms "
                                + "control, cyber norms, and risk reduction. It may also influence European "
                                + "security calculations and the trajectory of the Russia-Ukraine conflict. Yet "
                                + "the margins for error are slim; any misstep could reinforce hardline "
                                + "narratives that complicate negotiations in the weeks ahead. The Alaska "
                                + "gathering, then, operates at the crossroads of intent, credibility, and the "
                                + "long arc of detente."))
                .section("Rhetoric Meets Reality: What Trump and Putin Aim to Achieve", section -> section
                        .paragraph("On the surface, both leaders project control: Trump hints at breakthroughs "
                                + "that could reshape alliances, while Putin articulates demands that preserve "
                                + "strategic options. In reality, the aims are layered: signaling to domestic "
                                + "audiences, reasserting regional influence, and testing how far the other side "
                                + "will concede on Ukraine. The Alaska meeting becomes a calibrated performance: "
                                + "disciplined language paired with strategic flexibility, designed to yield "
                                + "tangible outcomes without surrendering core interests.")
                        .paragraph("Behind the rhetoric lie practical metrics: a reduction in incendiary "
                                + "statements, a framework for crisis communication, and a set of verifiable "
                                + "steps on humanitarian access, prisoner exchanges, or sanctions relief. The "
                                + "challenge is not simply to declare progress, but to establish a credible "
                                + "mechanism for follow-up negotiations that can withstand political heat back "
                                + "home. If the talks stall, the image of progress may outpace the actual gains, "
                                + "complicating future diplomacy and shaping investor and ally confidence alike."))
                .section("Alaska as Venue in the US-Russia Alaska Summit", section -> section
                        .paragraph("Alaska’s chill and vastness offer a rare neutrality for a confrontation that "
                                + "touches on territory, security guarantees, and global risk management. The "
                                + "choice of venue is as much a message as a place for negotiation. Sitting on "
                                + "US soil, the summit frames the discussion within American strategic "
                                + "leadership while presenting Russia with a platform that signals a willingness "
                                + "to engage under formalities, not merely in back-channel fashion.")
                        .paragraph("The Arctic locale also carries symbolic weight. It underscores themes of reach "
                                + "and restraint, of safeguarding fragile environments while managing "
                                + "high-stakes geopolitics. In practical terms, the setting affects security "
                                + "planning, media access, and the pace of proceedings. Delegates will weigh "
                                + "whether the venue itself nudges negotiators toward incremental advances or "
                                + "preserves the levers for a broader, more comprehensive dialogue later on.")
                        .section("Geography as Stage", sub -> sub
                                .paragraph("The geographical juxtaposition of vast distances and short flight "
                                        + "times highlights the paradox at the heart of US-Russia diplomacy: "
                                        + "proximity can intensify both risk and opportunity. Alaska’s "
                                        + "remoteness provides a buffer that can help negotiators manage "
                                        + "expectations and avoid public embarrassment, while the shared border "
                                        + "with Asia-Pacific theaters adds strategic urgency to every decision. "
                                        + "The setting makes it harder to retreat into the comfort of secrecy; "
                                        + "observers have a front-row seat to the choreography of diplomacy in "
                                        + "real time.")
                                .paragraph("Moreover, the environment prompts practical considerations—logistics "
                                        + "for secure communications, rapid mobilization of medical or security "
                                        + "support, and the feasibility of real-time statements that accurately "
                                        + "reflect progress. In such conditions, what matters most is credible "
                                        + "intent backed by transparent actions. Alaska becomes not just a "
                                        + "backdrop, but an influential player in shaping the tempo and texture "
                                        + "of negotiations."))
                        .section("Domestic Signals", sub -> sub
                                .paragraph("Inside the United States, public opinion, congressional dynamics, and "
                                        + "partisan narratives will filter the Alaska talks through the lens of "
                                        + "domestic policy. Leaders may frame concessions as necessary to avert "
                                        + "greater conflict, or as strategic leverage in future negotiations. In "
                                        + "Russia, domestic media will scrutinize the tone and tone-appropriate "
                                        + "compromises offered by Washington, translating them into political "
                                        + "capital or cost. The result is a negotiation where each side seeks to "
                                        + "protect their narrative while nudging the other toward a more "
                                        + "acceptable package.")
                                .paragraph("For allies and adversaries alike, the summit serves as a signal of "
                                        + "reliability. Will the United States honor negotiated commitments in "
                                        + "Europe and the Indo-Pacific? Will Moscow honor obligations that could "
                                        + "reshape security arrangements across the region? Alaska thus becomes "
                                        + "a proving ground for credibility—an essential currency in modern "
                                        + "diplomacy that informs future decisions well beyond the immediate "
                                        + "talks.")))
                .section("Global Reactions to the US-Russia Alaska Summit", section -> section
                        .paragraph("The global stage responds with measured caution, balancing optimism about "
                                + "potential breakthroughs with skepticism about the durability of any accord. "
                                + "European capitals and Kyiv watch closely, weighing how any agreement would "
                                + "affect Ukraine’s sovereignty, security guarantees, and prospects for a stable "
                                + "peace. The Alaska summit arrives at a moment when alliance solidarity and "
                                + "public opinion can either reinforce or erode momentum for negotiated "
                                + "solutions. In this context, even small steps can carry outsized symbolic "
                                + "meaning, shaping the negotiation environment across time zones and continents.")
                        .paragraph("From Washington to Brussels, the expected messaging prioritizes deterrence "
                                + "paired with negotiation. European partners seek concrete commitments on arms "
                                + "control, verification regimes, and crisis-management channels that can "
                                + "prevent a relapse into broader conflict. Kyiv emphasizes the need for any "
                                + "settlement to preserve territorial integrity and security guarantees, "
                                + "resisting any terms that would compromise sovereignty. The Alaska talks thus "
                                + "become a focal point for both reassurance and realism, as stakeholders "
                                + "calibrate risk and opportunity in tandem.")
                        .section("European and Ukrainian Perspectives", sub -> sub
                                .paragraph("In Europe, leaders warn against complacency, stressing that strategic "
                                        + "gains must translate into tangible protections for allies and "
                                        + "civilians. The Alaska discussions are scrutinized for their potential "
                                        + "to recalibrate NATO posture, energy security, and long-term "
                                        + "deterrence. A credible path forward would involve verifiable limits "
                                        + "on hostile actions, transparent sanctions frameworks, and defined "
                                        + "timelines for follow-up diplomacy. For Ukraine, the central demand "
                                        + "remains firm: any settlement must uphold Kyiv’s sovereignty and "
                                        + "territorial integrity, with strong enforcement mechanisms that "
                                        + "prevent backsliding and preserve the option of future negotiations.")
                                .paragraph("Ukraine’s leadership has consistently underscored that peace cannot be "
                                        + "purchased at the cost of resources or identity. The Alaska summit, "
                                        + "therefore, is evaluated through the prism of Kyiv’s expectations: "
                                        + "that negotiations are meaningful, not merely symbolic, and that any "
                                        + "concessions are reversible under oversight. Global observers look for "
                                        + "a clear signal that Ukraine’s allies remain committed to a durable "
                                        + "peace, while recognizing the political complexity of achieving such "
                                        + "an outcome in a volatile regional landscape."))
                        .section("Possible Peace Scenarios and Barriers", sub -> sub
                                .paragraph("Analysts outline several plausible paths: a negotiated ceasefire with "
                                        + "monitoring, a staged withdrawal correlated with concessions, or a "
                                        + "formal framework for ongoing talks that include security guarantees "
                                        + "and humanitarian provisions. Each option carries its own set of "
                                        + "obstacles, including verification challenges, trust deficits, and the "
                                        + "risk of renewed hostilities if promises are not kept. The Alaska "
                                        + "talks could establish a foundation for incremental progress rather "
                                        + "than an all-encompassing settlement, which may be the most realistic "
                                        + "path given the stakes involved.")
                                .paragraph("Barriers are multifaceted: domestic political pressures in both "
                                        + "capitals, divergent interpretations of what constitutes acceptable "
                                        + "concessions, and the possibility that outside actors may attempt to "
                                        + "influence the process. The friction between immediate tactical needs "
                                        + "and long-term strategic objectives looms large. Still, even modest "
                                        + "advances could create a momentum shift, offering a window for future "
                                        + "diplomacy that avoids a relapse into escalating confrontations and "
                                        + "keeps doors open for broader reconciliation over time.")))
                .section("Operational Realities: Logistics, Media, and Security", section -> section
                        .paragraph("Beyond rhetoric, the Alaska summit hinges on meticulous logistics, venue "
                                + "security, and the choreography of press access. The Arctic climate imposes "
                                + "unique constraints on travel, communication, and contingency planning. "
                                + "Officials must balance openness with confidentiality, ensuring that sensitive "
                                + "discussions remain protected while still delivering transparent, intelligible "
                                + "messages to the public and to allied governments. Every protocol choice—how "
                                + "and when to brief, what to disclose, and how to frame statements—carries "
                                + "strategic weight.")
                        .paragraph("The media dimension amplifies every line and gesture. Reporters seek not just "
                                + "quotes but context: how a sentence might translate into a policy shift, how a "
                                + "pause might signal calculation, and how a gesture could steer negotiations "
                                + "toward concrete outcomes. The Alaska setting demands disciplined messaging "
                                + "that resists sensational framing while offering credible insight into what "
                                + "progress, if any, has been achieved. In this environment, the art of "
                                + "communication becomes a critical instrument of diplomacy.")
                        .section("Venue, Security, and Protocols", sub -> sub
                                .paragraph("Security considerations in such a high-profile summit blend "
                                        + "traditional protection with Arctic-specific risks, including weather "
                                        + "disruptions and remote logistics. Protocols governing the sequence of "
                                        + "meetings, private conversations, and press access are designed to "
                                        + "minimize misinterpretation while preserving the integrity of "
                                        + "negotiations. The choice of assistants, interpreters, and "
                                        + "incident-response teams can influence the pace and quality of "
                                        + "dialogue, making these seemingly mundane choices central to the "
                                        + "overall outcome.")
                                .paragraph("Additionally, the venue’s symbolism matters. A well-structured, "
                                        + "transparent process that invites credible verification can reinforce "
                                        + "trust, whereas opaque procedures risk fostering rumors and "
                                        + "misperceptions. The Alaska setting thus requires a careful balance of "
                                        + "openness and discretion, ensuring that the process remains "
                                        + "legitimate, efficient, and capable of generating tangible results "
                                        + "that survive scrutiny back home."))
                        .section("Media Narratives and Public Messaging", sub -> sub
                                .paragraph("Public messaging during and after the talks shapes international "
                                        + "perception and domestic political risk. Communicators aim to present "
                                        + "progress in clear terms while avoiding overpromising on outcomes that "
                                        + "require longer timelines. The Alaska summit becomes a test case for "
                                        + "how effectively leaders can translate complex negotiations into "
                                        + "digestible updates that reassure allies and deter adversaries. The "
                                        + "narrative must acknowledge challenges, outline next steps, and "
                                        + "preserve the legitimacy of ongoing diplomacy without creating false "
                                        + "optimism.")
                                .paragraph("For observers, narrative coherence matters as much as substantive "
                                        + "gains. When media coverage emphasizes potential breakthroughs, there "
                                        + "is a risk of disappointment if progress stalls. Conversely, a "
                                        + "well-managed, incremental approach can sustain legitimacy and support "
                                        + "for continued dialogue, reinforcing the idea that diplomacy remains "
                                        + "the preferred instrument even in a turbulent security environment.")))
                .section("The Path Forward: Risks, Opportunities, and Watchpoints", section -> section
                        .paragraph("Looking ahead, the Alaska talks offer both risks and opportunities. The risk "
                                + "lies in overestimating what any single summit can deliver amid deeply "
                                + "entrenched disputes, while the opportunity rests in establishing mechanisms "
                                + "for verification, continuous communication, and gradual trust-building. For "
                                + "regional players, the outcome could either stabilize the security landscape "
                                + "or recalibrate expectations for future negotiations with Moscow and "
                                + "Washington. The real value may lie in creating a durable framework that "
                                + "enables ongoing dialogue even if immediate breakthroughs prove elusive.")
                        .paragraph("Watchpoints will include the cadence of follow-up talks, the specificity of "
                                + "any agreements, and the level of domestic support each leader can command. "
                                + "Analysts will monitor sanctions, arms-control commitments, and humanitarian "
                                + "provisions as barometers of seriousness. The Alaska encounter will thus "
                                + "contribute to a longer arc of diplomacy, signaling whether the two countries "
                                + "can preserve channels for crisis management while pursuing a more stable and "
                                + "predictable international order."))
                .section("The Final Solution: US-Russia Alaska Summit Takeaways", section -> section
                        .section("Consolidated Insights", sub -> sub
                                .paragraph("The Alaska talks crystallize a moment when diplomacy must bridge "
                                        + "competing imperatives: immediate strategic interests, regional "
                                        + "stability, and the global demand for restraint. A credible path "
                                        + "forward hinges on concrete, verifiable steps that can be revisited "
                                        + "and refined, rather than grandiose promises that cannot be sustained. "
                                        + "The summit’s true value will emerge from how well leaders translate "
                                        + "discourse into action, and how transparently they communicate "
                                        + "progress to the world. In this sense, the US-Russia Alaska Summit "
                                        + "acts as a diagnostic for political will and diplomatic stamina.")
                                .paragraph("Beyond bilateral optics, the gathering signals to Kyiv, European "
                                        + "partners, and broader international audiences that both Putin and "
                                        + "Trump recognize the price of conflict. Even if a comprehensive peace "
                                        + "agreement remains distant, the willingness to establish follow-up "
                                        + "channels, risk-reduction measures, and humanitarian corridors could "
                                        + "lay groundwork for longer-term stability. Alaska’s proceedings thus "
                                        + "become a case study in cautious, purposeful diplomacy that seeks to "
                                        + "contain risk while preserving avenues for future negotiation."))
                        .section("Long-Term Implications for US-Russia Relations", sub -> sub
                                .paragraph("In the long run, the Alaska summit could recalibrate the baseline for "
                                        + "interaction between Moscow and Washington. If verified steps and "
                                        + "transparent communications endure, the relationship may shift from "
                                        + "episodic crises to an ongoing, albeit fragile, dialogue. This shift "
                                        + "would influence security calculations across Europe, Asia-Pacific, "
                                        + "and the Arctic, shaping alliance dynamics and deterrence postures for "
                                        + "years to come. The durability of any gains will depend on domestic "
                                        + "political support, credible enforcement, and the ability of both "
                                        + "sides to resist backsliding amid political pressures.")
                                .paragraph("Conversely, should the talks stall or produce limited follow-through, "
                                        + "the episode could reinforce skepticism about diplomacy as a tool for "
                                        + "redress. In that scenario, the Alaska meeting might be remembered as "
                                        + "a symbolic moment without lasting strategic impact, underscoring the "
                                        + "persistence of hard-line positions and the difficulty of reconciling "
                                        + "irreconcilable aims. Either outcome will leave a lasting imprint on "
                                        + "how the world views US-Russia engagement for the foreseeable future.")
                                .summaryTable("Aspect", "Summary",
                                        SummaryRow.of("Key players", "Putin and Trump, with aides guiding "
                                                + "logistics, signaling a high-stakes meeting at a critical "
                                                + "moment. The summit centers on signaling and strategic posture "
                                                + "as much as on concrete deals."),
                                        SummaryRow.of("Venue & timing", "Alaska in August 2025, leveraging "
                                                + "proximity to Russia and symbolic domestic messaging. The "
                                                + "Arctic setting heightens visibility and security "
                                                + "considerations."),
                                        SummaryRow.of("Potential outcomes", "De-escalation rhetoric, a framework "
                                                + "for talks, or tentative steps; no guaranteed peace "
                                                + "settlement. Follow-up channels will be essential for momentum."),
                                        SummaryRow.of("Geopolitical significance", "Signals to Europe, Ukraine, "
                                                + "and other powers about US leadership and Russia's intentions. "
                                                + "The table stakes extend beyond bilateral optics."))))
                .note(NoteKind.EDITORIAL, "Important Editorial Note",
                        "The views and insights shared in this article represent the author’s personal opinions "
                                + "and interpretations and are provided solely for informational purposes. This "
                                + "content does not constitute financial, legal, political, or professional "
                                + "advice. Readers are encouraged to seek independent professional guidance "
                                + "before making decisions based on this content. "
                                + "The 'THE MAG POST'\u00A0website and the author(s) of the content makes no "
                                + "guarantees regarding the accuracy or completeness of the information presented.")
                .build();
    }
}
