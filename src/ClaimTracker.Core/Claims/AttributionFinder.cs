using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Finds a sentence's attributors: "according to X", "citing X", "X said/told/estimated", "…,” said X". Holds the
/// name reading the attribution frames (Rules/Attribution) share and runs the frames, in the order below, on each cue
/// word of the sentence.
/// </summary>
internal static class AttributionFinder
{
    /// <summary>Frames opened by a cue word of their own: a count noun, "according to", "citing", "figures from", a body's own work ("reached"), a quote label, a correction.</summary>
    internal static readonly AttributionFrame[] CueFrames = [ByOwnersCount.Frame, AccordingTo.Frame, CitingOrBriefing.Frame, TollGiven.Frame, SourceNote.Frame, CountCreditedAfter.Frame, BodysOwnWork.Frame, OfficialWhoEstimated.Frame, FiguresPassedOn.Frame, FigureTheBodyCites.Frame, TallyKeeperBeforeAside.Frame, QuoteLabel.Frame, CorrectedFigure.Frame];

    /// <summary>Frames of a reporting verb ("said", "estimated", "noting"); the last, <see cref="SpeakerBefore"/>, always reads.</summary>
    internal static readonly AttributionFrame[] VerbFrames =
        [ReportedBy.Frame, DocumentSeenBy.Frame, OuterApposition.Frame, PersonOfAge.Frame, PersonBeforeDescription.Frame, OwnedTitleAfterName.Frame, BodyBeforeDescription.Frame, RegisteredBodyBeforeAside.Frame, MinistryOfPortfolioSpeaks.Frame, StatementFromBody.Frame, RevisedEstimate.Frame, ParticipleClause.Frame, SaidAfterQuote.Frame, WhichToldSpeaker.Frame, CoordinatedVerbSpeaker.Frame, SpeakerBefore.Frame];

    internal static readonly WordSet Determiners = WordLists.Set("determiners");
    private static readonly WordSet FunctionWords = WordLists.Set("functionWords");
    internal const int MaxWords = 14;

    // Every word that can open an attribution, so most words cost one lookup.
    private static readonly WordSet Cues = new(
        [.. ClaimLexicon.ReportingVerbs.Words, "according", .. CitingOrBriefing.Cues, .. ByOwnersCount.CountNouns.Words, .. ByOwnersCount.OpeningNouns.Words, .. TollGiven.Nouns.Words, .. SourceNote.Cues, .. CountCreditedAfter.Nouns.Words, .. BodysOwnWork.Verbs.Words, .. FindingThat.Verbs.Words, .. OfficialWhoEstimated.Verbs.Words, .. FiguresPassedOn.Verbs.Words, .. FigureTheBodyCites.Verbs.Words, .. TallyKeeperBeforeAside.Verbs.Words, .. QuoteLabel.Nouns.Words, .. CorrectedFigure.Verbs.Words]);

    public static void Find(string text, List<Token> tokens, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        into.Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                continue;
            }
            var word = Word(text, t);
            if (!Cues.Contains(word) || ReadFirst(CueFrames, text, tokens, i, mentions, into))
            {
                continue;
            }
            if ((ClaimLexicon.ReportingVerbs.Contains(word) || FindingThat.Is(text, tokens, i)) && !IsPluralStates(text, tokens, i, word) && !TallyNoun.Is(text, tokens, i) && !ReleasedPeople.Is(text, tokens, i) && !IssuedOrder.Is(text, tokens, i) && !ClaimedLives.Is(text, tokens, i) && !DeniedClaimNoun.Is(text, tokens, i))
            {
                ReadFirst(VerbFrames, text, tokens, i, mentions, into);
            }
        }
    }

    // The first frame that reads the cue ends the search.
    private static bool ReadFirst(AttributionFrame[] frames, string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        foreach (var frame in frames)
        {
            if (frame.Read(text, tokens, cue, mentions, into))
            {
                return true;
            }
        }
        return false;
    }

    // "the Baltic states, Rutte said", "member states": the noun, not a speaker stating something. As a verb it
    // introduces what is stated ("the report states that …", "states: …").
    private static bool IsPluralStates(string text, List<Token> tokens, int i, ReadOnlySpan<char> word) =>
        word.Equals("states", StringComparison.OrdinalIgnoreCase)
        && !(i + 1 < tokens.Count && (Is(text, tokens[i + 1], "that") || text[tokens[i + 1].Start] is ':' or '"' or '“'));

    internal static MentionWindow MentionsEndingAt(IReadOnlyList<SourceMention> mentions, int end) =>
        new(mentions, Math.Max(0, end - 120), end, endingAtEnd: true);

    private static readonly WordSet BodyWords = WordLists.Set("bodyWords");

    // "the Health Ministry", "the General Staff": capitalised, yet a description of a body named by the context (a
    // country before it, a name earlier), not a name of its own.
    private static bool OnlyBodyWords(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (tokens[k].IsWord && !BodyWords.Contains(w) && !ClaimLexicon.AnaphorNouns.Contains(w))
            {
                return false;
            }
        }
        return true;
    }

    internal static void AddForward(string text, List<Token> tokens, int start, AttributorCue cue, int position, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (start >= tokens.Count)
        {
            return;
        }
        var end = Math.Max(Forward(text, tokens, start, tokens.Count), RegistryNameAhead(text, tokens, start, mentions));
        if (CountrysBody.Opens(text, tokens, start) || TerritorysBody.Opens(text, tokens, start))
        {
            // "citing the country's spy agency", "according to the territory's health ministry": lower-case words a name walk stops at.
            end = Math.Max(end, CountrysBody.End(text, tokens, start));
        }
        if (end >= start && ApposedRegisteredName.After(text, tokens, start, end, mentions) is var (apposedFirst, apposedLast))
        {
            (start, end) = (apposedFirst, apposedLast);
        }
        if (end >= start)
        {
            Add(text, tokens, start, end, cue, position, mentions, into);
        }
    }

    private static readonly WordSet Relatives = WordLists.Set("embeddingRelatives");

    // "according to the conflict monitor Acled", "citing the London-based group Airwars": a registry name a few
    // describing words on, before any punctuation, is the source. Its last token index, or -1. A relative pronoun ends
    // the description: in "figures from the territory's health ministry that the UN considers reliable" the UN only
    // vouches for the figures (golden case: the_body_vouching_for_figures_is_no_source).
    private static int RegistryNameAhead(string text, List<Token> tokens, int start, IReadOnlyList<SourceMention> mentions)
    {
        var last = -1;
        // Ten tokens: "the health ministry in the Hamas-run territory" (Golden case: registry_name_ending_in_lower_case).
        for (var k = start; k < tokens.Count && k - start < 10; k++)
        {
            var t = tokens[k];
            if ((!t.IsWord && text[t.Start] is not ('’' or '\'' or '-')) || (k > start && t.IsWord && (Relatives.Contains(Word(text, t)) || IsFigure(text, t))))
            {
                break;
            }
            foreach (var mention in MentionsEndingAt(mentions, t.End))
            {
                if (mention.Start >= tokens[start].Start)
                {
                    last = k;
                }
            }
        }
        return last;
    }

    // "Estimates by Israeli officials range from 17,000 to 20,000 Hamas fighters": a figure ends a speaker's
    // description, so a body named past it ("Hamas") is the counted, not the speaker (branch source82; golden case
    // estimates_by_officials_range_from_a_figure). "the 47th Brigade" is no figure: only digits and separators.
    private static bool IsFigure(string text, Token t)
    {
        foreach (var c in text.AsSpan(t.Start, t.Length))
        {
            if (!char.IsDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }
        return char.IsDigit(text[t.Start]);
    }

    // "according to hospitals in the territory", "citing hospitals": a lower-case speaker a frame opens may start on
    // these (attribution.json frameOnlySpeakerWords), so the lede's own frame stops a speaker carried from a standfirst
    // about another figure (Unseen48 sky-jabalia-dardouna-house-missing-rubble; golden case
    // a_lede_according_to_hospitals_keeps_its_own_frame). Only here: "…, Gaza hospitals say" in a walk back from the
    // verb stays nobody's, as Unseen6 ap-gaza-aid-sites' headline is annotated.
    private static readonly WordSet FrameOnlyWords = WordLists.Set("frameOnlySpeakerWords");

    // Last token index of the name that starts at token start, or start - 1 when there is none.
    internal static int Forward(string text, List<Token> tokens, int start, int limit)
    {
        var end = start - 1;
        for (var k = start; k < limit && k - start < MaxWords; k++)
        {
            var t = tokens[k];
            if (t.IsWord)
            {
                if (!(IsNameWord(text, t) || FrameOnlyWords.Contains(Word(text, t))) || char.IsDigit(text[t.Start]))
                {
                    break;
                }
                end = k;
            }
            else if (text[t.Start] is not ('’' or '\'' or '-' or '.' or '(' or ')' or '&'))
            {
                break;
            }
        }
        // A name does not end on "of", "the", "by".
        while (end >= start && tokens[end].IsWord && FunctionWords.Contains(text.AsSpan(tokens[end].Start, tokens[end].Length)))
        {
            end--;
        }
        return end;
    }

    private static readonly WordSet LeadingConjunctions = WordLists.Set("leadingConjunctions");

    // "…, the health ministry says, and the government estimates": the conjunction joins the clauses, it is no part of
    // the speaker's words, which point back as "the government" would (a name after it, "and Kenya has said", is left as
    // it was: the conjunction kept there holds the speaker to its own clause) (Golden case: and_the_government_points_back).
    // Also "…through the morning and the emergency service said" (golden case: the_emergency_service_is_the_states).
    private static int PastConjunction(string text, List<Token> tokens, int first, int last) =>
        first + 1 < last && LeadingConjunctions.Contains(text.AsSpan(tokens[first].Start, tokens[first].Length))
        && text.AsSpan(tokens[first + 1].Start, tokens[first + 1].Length).Equals("the", StringComparison.OrdinalIgnoreCase) ? first + 1 : first;

    // The speaker's words past a leading conjunction or a time (TimeBeforeSpeaker), and ending on a named hospital's
    // head noun when one opens them ("Al-Awda Hospital in central Gaza": golden case a_named_hospital_speaks_for_its_intake).
    private static (int First, int Last) NameBounds(string text, List<Token> tokens, int first, int last)
    {
        first = TimeBeforeSpeaker.Past(text, tokens, PastConjunction(text, tokens, first, last), last);
        return (first, FacilitySpeaker.NameEnd(text, tokens, first, last));
    }

    internal static void Add(string text, List<Token> tokens, int first, int last, AttributorCue cue, int position, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        // Drop an opening phrase ("In Seoul, South Korean intelligence sources").
        if (ClaimLexicon.IntroWords.Contains(text.AsSpan(tokens[first].Start, tokens[first].Length)))
        {
            for (var k = first; k < last; k++)
            {
                if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
                {
                    first = k + 1;
                    break;
                }
            }
        }
        first = DatelineDash.After(text, tokens, first, last);
        while (first <= last && !tokens[first].IsWord)
        {
            first++;
        }
        (first, last) = OwnedUnitSpeaker.Owner(text, tokens, NameBounds(text, tokens, first, last));
        if (first > last || CircumstanceSpeaker.Is(text, tokens, first, last))
        {
            return;
        }
        last = SpeakerTopic.End(text, tokens, first, last);
        var start = tokens[first].Start;
        var end = tokens[last].End;
        if (last + 1 < tokens.Count && text[tokens[last + 1].Start] == ')' && text.AsSpan(start, end - start).Contains('('))
        {
            end = tokens[last + 1].End;
        }
        var words = text.AsSpan(start, end - start);
        var head = text.AsSpan(tokens[last].Start, tokens[last].Length);
        var source = UnMissionSpeaker.Resolve(NamedSource(text, tokens, first, last, mentions), head, start, mentions);
        var (content, capitalised, properNames, country) = NameWords(text, tokens, first, last);
        if (content == 0)
        {
            return;
        }
        var isPronoun = (last == first && (ClaimLexicon.Pronouns.Contains(head) || ClaimLexicon.BodyPronouns.Contains(head))) || FormerOrLatter.Index(words) >= 0;
        if (source is null && !isPronoun && IsVague(head, words, capitalised) && !BodysDocument.Is(text, tokens, first, last) && !UnnamedMediaVoice.EndsAt(text, tokens, last) && !UnnamedPress.Is(text, tokens, first, last)
            && !(cue == AttributorCue.Verb && UnownedOfficialFigures.Is(text, tokens, first, last)))
        {
            return;
        }
        // "he", "officials", "the ministry", "the agency": words that point back rather than name someone.
        var firstWord = text.AsSpan(tokens[first].Start, tokens[first].Length);
        var pointsBack = first == last || CountrysBody.Opens(text, tokens, first) || (last - first <= 4 && (capitalised <= 1 || OnlyBodyWords(text, tokens, first + 1, last))
            && (firstWord.Equals("the", StringComparison.OrdinalIgnoreCase) || firstWord.Equals("this", StringComparison.OrdinalIgnoreCase)))
            || IsBareBodyName(text, tokens, first, last, capitalised);
        var anaphor = source is null && !WorkforceSpeaker.Is(text, tokens, first, last) && (isPronoun || BodysDocument.Is(text, tokens, first, last) || DescriptionBeforeName.Owner(words) is not null || (pointsBack && country is null && PointsBackByHead(text, tokens, first, head))
            || RegionalGovernment.IsBareAdministration(words));
        var plain = source is null && country is null ? MinistryOfPortfolio.Plain(text, tokens, first, last) : null;
        into.Add(new Attributor(start, end, plain ?? words.ToString(), source, cue, position) { IsAnaphor = anaphor || plain is not null, Country = PressOfNoNation(text, tokens, first, last, source) ? null : country, IsGeneric = properNames == 0 });
    }

    // The registry body the speaker's words name, the last one in them, or null.
    private static SourceDefinition? NamedSource(string text, List<Token> tokens, int first, int last, IReadOnlyList<SourceMention> mentions)
    {
        SourceDefinition? source = null;
        SourceMention? before = null;
        foreach (var mention in MentionsWithin(mentions, tokens[first].Start, tokens[last].End))
        {
            if (TravelPlace.At(text, mention.Start))
            {
                // "a lawmaker back from a trip to Kyiv said": where the speaker went, not who speaks.
                continue;
            }
            // "Russian Security Council Secretary Sergei Shoigu": the body in the title, not the name's former post.
            source = before is { } body && TitleBody.Holds(text, body, mention) ? body.Source : mention.Source;
            before = mention;
        }
        // "other reports from Seoul suggested": the capital is where the reports come from, not its government.
        return before is { } place && UnnamedPress.ComeFrom(text, tokens, first, last, place.Text) ? null : source;
    }

    // A nation's press is no body of that nation ("Russian media"): it keeps no country to be resolved to one.
    private static bool PressOfNoNation(string text, List<Token> tokens, int first, int last, SourceDefinition? source) =>
        source is null && UnnamedPress.Is(text, tokens, first, last);

    // "the ministry", "the agency" point back by their head noun; "the country's Ministry of Public Health" whatever its
    // head, as "the country's health ministry" does (golden case: the_countrys_ministry_by_its_full_name).
    private static bool PointsBackByHead(string text, List<Token> tokens, int first, ReadOnlySpan<char> head) =>
        ClaimLexicon.AnaphorNouns.Contains(head) || CountrysBody.Opens(text, tokens, first);

    // "reports", "figures", "data" speak for nobody, unless a country or a body's head noun owns them ("government figures").
    private static bool IsVague(ReadOnlySpan<char> head, ReadOnlySpan<char> words, int capitalised) =>
        ClaimLexicon.VagueAttributors.Contains(head) && capitalised <= (char.IsUpper(words[0]) ? 1 : 0)
        && !CountrysVoice.Is(words.ToString()) && BodysFigures.Owner(words.ToString()) is null;

    private static readonly WordSet DomainHeads = WordLists.Set("domainHeads");
    // "…, Health Ministry says" in a headline, "Emergency Service said": a body's kind in capitals with no article and
    // no country is "the health ministry" written as a name, and points back the same way (the ministry named before,
    // the dateline's); read as a name it spoke for nobody (Unseen14 lorient-today-basta-strike). Only capitalised body
    // words ending in a domain head (speakers.json domainHeads: ministry, agency, service, department); "health
    // officials" stays as it was. Golden case: bare_ministry_name_is_the_places.
    private static bool IsBareBodyName(string text, List<Token> tokens, int first, int last, int capitalised) =>
        last > first && last - first <= 3 && capitalised == last - first + 1 && OnlyBodyWords(text, tokens, first, last)
        && DomainHeads.Contains(text.AsSpan(tokens[last].Start, tokens[last].Length));

    // The name's words that carry content, are capitalised, are proper names (not a nationality, not a leading
    // determiner or intro word), and the country its first nationality names.
    private static (int Content, int Capitalised, int ProperNames, string? Country) NameWords(string text, List<Token> tokens, int first, int last)
    {
        var content = 0;
        var capitalised = 0;
        var properNames = 0;
        string? country = null;
        for (var k = first; k <= last; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                continue;
            }
            var w = text.AsSpan(t.Start, t.Length);
            if (!FunctionWords.Contains(w))
            {
                content++;
            }
            if (char.IsUpper(w[0]) && !(k == first && Determiners.Contains(w)))
            {
                capitalised++;
            }
            var nationality = Nationality.At(text, tokens, k);
            if (nationality is { } n)
            {
                country ??= TravelPlace.At(text, t.Start) ? null : n.Nationality.Country;
                k += n.Tokens - 1;
                continue;
            }
            if (char.IsUpper(w[0]) && !(k == first && (Determiners.Contains(w) || ClaimLexicon.IntroWords.Contains(w))))
            {
                properNames++;
            }
        }
        return (content, capitalised, properNames, country);
    }

    private static MentionWindow MentionsWithin(IReadOnlyList<SourceMention> mentions, int start, int end) =>
        new(mentions, start, end, endingAtEnd: false);

    internal static bool IsNameWord(string text, Token t)
    {
        var w = text.AsSpan(t.Start, t.Length);
        return char.IsUpper(w[0]) || ClaimLexicon.AttributorWords.Contains(w) || ClaimLexicon.Pronouns.Contains(w) || NameParticle.Joins(text, t)
            || FamilyNameFirst.IsGivenNameTail(text, t);
    }

    internal static bool Is(string text, Token t, string word) => t.IsWord && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    internal static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
