namespace ClaimTracker.Core.Claims;

/// <summary>
/// A UN monitor's nationwide toll left bare by its own sentence: "Between February 2022 and the end of December, at
/// least 12,380 civilians, including 652 children, were killed," she said (a Security Council write-up headed
/// "Ukraine: …"); "The mission notes that from 24 February 2022 …, 12,164 civilians were killed", "ten children were
/// killed and 47 were injured" (a monthly update of the UN Human Rights Monitoring Mission in Ukraine). The sets give
/// such totals the monitored country's people (Ukrainian civilians, Ukrainian children: 78 older rows, Unseen61's
/// manifest), though the sentence names the country nowhere or only the invader ("when Russia launched its full-scale
/// invasion"). The country comes from the report, not the sentence: a UN monitoring mission the article names by its
/// country ("the UN Human Rights Monitoring Mission in Ukraine"), or, for a count the UN itself gives, the one country
/// the report's opening sentence places its story in ("have brought civilians in Ukraine no respite"). A headline's
/// country label ("Sudan: …", "Lebanon: …") was tried and dropped: OCHA flash updates and NGO releases label their
/// headlines so and the sets keep their civilians and children bare. Not for a share of a toll ("Among the dead were 19
/// children", "97 children were among the injured", "the dead included two children": Unseen9 and Unseen11 keep them
/// bare), nor a toll placed in a town, camp or region, by a town word or "in" and a name ("in El Fasher")
/// ("Short-range drones killed 71 civilians, most of them in front-line towns", "Donetsk Oblast: 58 killed"), nor a
/// sentence placing its count anywhere, nor one attack's toll ("A strike on a residential building … killed two
/// civilians, he said", Unseen61 lbci-reuters, bare), nor a figure restated after "at" ("put the total … at 12,910"), nor another
/// speaker's count (regional officials' daily roundup "Across the country, Russian attacks killed at least nine
/// civilians", bare in Unseen52 and Unseen59); asides follow their outer count. Read by <see cref="OwnPopulation"/>
/// after every reading of the sentence itself; a sentence that names the mission is left to
/// <see cref="CiviliansInACountry"/>. A total of both fates counts as either does: "The UN has verified that close to
/// 2,700 children were killed or injured since the full-scale invasion" (Unseen17 unicef-ukraine-children-attacks),
/// "nearly 1,800 children had been killed or injured since February 2022, according to UN-verified reports" (Unseen84
/// unicef-ukraine-ninth-child-killed): Ukrainian children in both golds. Golden cases:
/// a_monitors_nationwide_toll_takes_its_country, a_monitors_toll_in_a_town_stays_bare,
/// a_monitors_killed_or_injured_total_takes_its_country; unit cases NationwideTollTests.
/// </summary>
internal static class NationwideToll
{
    private static readonly WordSet Nouns = WordLists.Set("nationwideTollNouns");
    private static readonly WordSet PlacesWithin = WordLists.Set("placesWithinACountry");
    private static readonly WordSet ShareLeads = WordLists.Set("tollShareLeads");
    private static readonly WordSet ShareDeterminers = WordLists.Set("tollShareDeterminers");
    private static readonly WordSet MonitoringWords = WordLists.Set("monitoringWords");
    private static readonly WordSet MonitorSources = WordLists.Set("monitorSources");
    private static readonly WordSet RestatedLeads = WordLists.Set("restatedFigureLeads");
    private static readonly WordSet SingleEventLeads = WordLists.Set("singleEventLeads");
    private static readonly WordSet AttackNouns = WordLists.Set("attackNouns");
    private static readonly WordSet FateNouns = WordLists.Set("nationwideTollFateNouns");
    private static readonly WordSet FateModifiers = WordLists.Set("nationwideTollFateModifiers");

    // The opening the story's country is read from: the first two sentences under the headline.
    private const int OpeningSentences = 2;

    /// <summary>
    /// Whether the draft could be a monitor's bare nationwide toll: the monitor's own count or one with no speaker at all
    /// ("regional officials reported", unregistered, is another speaker); a field test, so the article is read only for one.
    /// </summary>
    public static bool Candidate(ClaimDraft draft) =>
        draft.AsideOf is null && draft.Metric is Metric.Killed or Metric.Wounded or Metric.KilledOrWounded && Nouns.Contains(draft.Noun)
        && (draft.Source is null ? draft.SourceMention is null : MonitorSources.Contains(draft.Source.Name));

    /// <summary>The monitored country's people for the candidate <paramref name="draft"/>, or null; <paramref name="tokens"/> are its sentence's.</summary>
    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft, List<(Nationality People, bool AsPlace)> named, Report monitored)
    {
        // A sentence naming the mission itself was read by CiviliansInACountry, whose bare conjunct ("…, and more than
        // 30,000 injured", Unseen25 bta-pavlohrad) the gold keeps bare.
        if (!Candidate(draft) || named.Exists(n => n.AsPlace) || CiviliansInACountry.MissionsCountry(text, tokens, tokens.Count) is not null
            || Restated(text, tokens, draft) || WithinOrShare(text, tokens))
        {
            return null;
        }
        return monitored.Country(draft.Source is not null);
    }

    /// <summary>
    /// A monitor's toll told as deaths or injuries ("the mission has verified 9,614 civilian deaths, among them 545
    /// children, and 17,535 injuries"; "her predecessor had reported 5,996 documented deaths and 8,848 injuries"): the
    /// monitor counts only civilians, so the sets give these its country's civilians (Unseen9, Unseen64, Unseen70), and
    /// the draft's noun becomes civilians. The opening's country serves only a count the UN gives as "civilian deaths":
    /// a bare "deaths the United Nations cites" (Unseen64 nation-reuters, Sudan) stays people.
    /// </summary>
    public static Nationality? OfFateNoun(string text, List<Token> tokens, ClaimDraft draft, List<(Nationality People, bool AsPlace)> named, Report monitored)
    {
        if (draft.AsideOf is not null || draft.Metric is not (Metric.Killed or Metric.Wounded) || draft.Noun != "people"
            || !(draft.Source is null ? draft.SourceMention is null : MonitorSources.Contains(draft.Source.Name)))
        {
            return null;
        }
        var civilian = false;
        var i = tokens.FindIndex(t => t.Start >= draft.Number.End);
        for (; i >= 0 && i < tokens.Count && tokens[i].IsWord && FateModifiers.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)); i++)
        {
            civilian |= text.AsSpan(tokens[i].Start, tokens[i].Length).Equals("civilian", StringComparison.OrdinalIgnoreCase);
        }
        if (i < 0 || i >= tokens.Count || !tokens[i].IsWord || !FateNouns.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))
            || named.Exists(n => n.AsPlace) || CiviliansInACountry.MissionsCountry(text, tokens, tokens.Count) is not null
            || Restated(text, tokens, draft) || WithinOrShare(text, tokens) || monitored.Country(draft.Source is not null && civilian) is not { } country)
        {
            return null;
        }
        draft.Noun = "civilians";
        return country;
    }

    /// <summary>
    /// Whether <paramref name="outer"/> is a monitor's deaths or injuries read as civilians (<see cref="OfFateNoun"/>):
    /// the sets keep its aside's children bare ("among them 545 children", "including 740 children": Unseen70, Unseen9).
    /// </summary>
    public static bool FateNounToll(ClaimDraft outer) =>
        outer.Noun == "civilians" && outer.NounWord is { } word && FateNouns.Contains(word);

    // "the mission put the total number of civilians killed … at 12,910" (Reporting ukraine-civilian-toll-un, bare): a
    // figure restated after "at" takes the people its earlier words gave it.
    private static bool Restated(string text, List<Token> tokens, ClaimDraft draft)
    {
        var before = tokens.FindLastIndex(t => t.End <= draft.MentionStart);
        return before >= 0 && tokens[before].IsWord && RestatedLeads.Contains(text.AsSpan(tokens[before].Start, tokens[before].Length));
    }

    // A town, camp or region in the sentence, or a share of a toll ("Among the dead were", "the dead included two").
    private static bool WithinOrShare(string text, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (PlacesWithin.Contains(word)
                || (ShareLeads.Contains(word) && !AfterComma(text, tokens, i) && i + 1 < tokens.Count && ShareDeterminers.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
                || NamedPlaceAfter(text, tokens, i) || SingleAttack(text, tokens, i))
            {
                return true;
            }
        }
        return false;
    }

    // "9,614 civilian deaths, among them 545 children, and …": a share set off by a comma is an aside of the count
    // before it, which stays the whole toll; "Among the dead were" opens its own clause.
    private static bool AfterComma(string text, List<Token> tokens, int i) =>
        i > 0 && !tokens[i - 1].IsWord && text[tokens[i - 1].Start] == ',';

    // "killed in El Fasher during the RSF takeover" (Unseen51 khaberni-afp, bare): "in" and a name that is no month
    // places the toll in a town, as a town word would.
    private static bool NamedPlaceAfter(string text, List<Token> tokens, int i) =>
        IsIn(text, tokens[i]) && i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsUpper(text[tokens[i + 1].Start])
        && !Numbers.NumberContext.IsMonth(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length));

    // "A strike on a residential building before dawn on April 1 killed two civilians, he said" (Unseen61 lbci-reuters,
    // bare): one attack's toll, "a"/"an" and an attack noun at most one word on, is no nationwide total.
    private static bool SingleAttack(string text, List<Token> tokens, int i) =>
        SingleEventLeads.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))
        && ((i + 1 < tokens.Count && tokens[i + 1].IsWord && AttackNouns.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
            || (i + 2 < tokens.Count && tokens[i + 2].IsWord && AttackNouns.Contains(text.AsSpan(tokens[i + 2].Start, tokens[i + 2].Length))));

    /// <summary>The report's monitored country, read once and only when a candidate toll asks.</summary>
    internal sealed class Report(string text, List<Sentence> sentences, SentenceTokens sentenceTokens)
    {
        private Nationality? mission;
        private Nationality? opening;
        private bool missionRead;
        private bool openingRead;

        /// <summary>The mission's country, else, for the monitor's own count (<paramref name="monitorsOwn"/>), the opening's.</summary>
        public Nationality? Country(bool monitorsOwn)
        {
            if (!missionRead)
            {
                (mission, missionRead) = (MissionCountry(text, sentences, sentenceTokens), true);
            }
            if (mission is not null || !monitorsOwn)
            {
                return mission;
            }
            if (!openingRead)
            {
                (opening, openingRead) = (OpeningsCountry(text, sentences, sentenceTokens), true);
            }
            return opening;
        }
    }

    /// <summary>
    /// The country a UN monitoring mission the report names works in ("the UN Human Rights Monitoring Mission in
    /// Ukraine"), or null. For a count the UN itself gives, <see cref="Report"/> falls back on the one country the
    /// report's opening sentence places its story in ("brought civilians in Ukraine no respite").
    /// </summary>
    private static Nationality? MissionCountry(string text, List<Sentence> sentences, SentenceTokens sentenceTokens)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentenceTokens.Of(s);
            for (var i = 1; i < tokens.Count; i++)
            {
                if (tokens[i - 1].IsWord && MonitoringWords.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length))
                    && CiviliansInACountry.MissionsCountry(text, tokens.GetRange(i, tokens.Count - i), tokens.Count - i) is { } country)
                {
                    return country;
                }
            }
        }
        return null;
    }

    // The one country the report's opening (its first sentences under the headline) places something "in" ("have
    // brought civilians in Ukraine no respite"); a possessive ("in Russia's Kursk region") is no such place, and two such
    // countries give none.
    private static Nationality? OpeningsCountry(string text, List<Sentence> sentences, SentenceTokens sentenceTokens)
    {
        Nationality? found = null;
        var read = 0;
        for (var s = 0; s < sentences.Count && read < OpeningSentences; s++)
        {
            if (sentences[s].IsFurniture || sentences[s].IsHeading || RepeatedClaims.ReadsAsHeadline(text, sentences[s]))
            {
                continue;
            }
            read++;
            var tokens = sentenceTokens.Of(s);
            for (var i = 1; i < tokens.Count; i++)
            {
                if (IsIn(text, tokens[i - 1]) && CiviliansInACountry.CountryAt(text, tokens, i) is { } country)
                {
                    if (found is not null && found.Country != country.Country)
                    {
                        return null;
                    }
                    found = country;
                }
            }
        }
        return found;
    }

    private static bool IsIn(string text, Token token) => token.IsWord && text.AsSpan(token.Start, token.Length).Equals("in", StringComparison.OrdinalIgnoreCase);
}
