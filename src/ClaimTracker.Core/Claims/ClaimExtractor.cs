using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Numbers;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Finds numeric claims about people in an article's cleaned text. Pure and deterministic.
/// Pipeline: sentences → numbers → people counts (subject, metric, status, increment) → attribution
/// (own sentence, else carried over from the sentence or paragraph before) → time.
/// </summary>
public sealed class ClaimExtractor(SourceRegistry registry)
{
    private const int AnchorLength = 32;
    internal const int LookAheadSentences = 2;
    // A quotation left open is closed at most this many sentences on, in its paragraph.
    internal const int QuoteReach = 4;
    // A bare "400 have been killed" takes its people from this many sentences back at most: a paragraph of bare
    // numbers would otherwise look back over the whole paragraph for each one, the square of its length.
    private const int LookBackSentences = 12;

    public ClaimExtractor() : this(SourceRegistry.Default)
    {
    }

    /// <summary>The default for <see cref="MaxClaims"/>.</summary>
    public const int DefaultMaxClaims = 1000;

    public SourceRegistry Registry { get; } = registry;

    /// <summary>
    /// At most this many claims are kept per article: a text that is one figure after another ("1,000 troops and 1,000
    /// troops and …") would otherwise store thousands of claims that say nothing.
    /// </summary>
    public int MaxClaims { get; init; } = DefaultMaxClaims;

    /// <summary>
    /// One claim per figure: the same figure stated again (headline and body, lede and later paragraph) comes back
    /// once, with the other statements as its <see cref="ExtractedClaim.Mentions"/>.
    /// </summary>
    public bool MergeRepeats { get; init; }

    /// <summary>
    /// With <see cref="MergeRepeats"/>, a headline's figure that agrees with a body claim becomes one of its mentions,
    /// as the store keeps it (the comparison counts the figure once, the article page highlights the headline). Off (the
    /// CLI's <c>extract</c>, the gold sets), the headline's figure stays a claim of its own, listed first, as annotators
    /// list it: folded, its mention made a scorer pair the body's claim with the headline's row and miss the body's
    /// (docs/extraction.md, "Headlines apart, golds in text order").
    /// </summary>
    public bool FoldHeadlines { get; init; }

    /// <summary>
    /// Claims in <paramref name="text"/>; relative dates resolve against <paramref name="published"/>, and claims dated
    /// by it alone carry its <paramref name="publishedPrecision"/> (an article known only to the month dates them to the month).
    /// </summary>
    public IReadOnlyList<ExtractedClaim> Extract(string text, DateOnly? published = null, AsOfPrecision publishedPrecision = AsOfPrecision.Day) =>
        Extract(text, published, publishedPrecision, CancellationToken.None).Claims;

    /// <summary>As <see cref="Extract(string, DateOnly?, AsOfPrecision, CancellationToken)"/> for a date known to the day.</summary>
    public ClaimExtraction Extract(string text, DateOnly? published, CancellationToken cancellationToken) =>
        Extract(text, published, AsOfPrecision.Day, cancellationToken);

    /// <summary>
    /// Claims in <paramref name="text"/>, at most <see cref="MaxClaims"/>; relative dates resolve against
    /// <paramref name="published"/>. Throws <see cref="OperationCanceledException"/> soon after the token is cancelled.
    /// </summary>
    public ClaimExtraction Extract(string text, DateOnly? published, AsOfPrecision publishedPrecision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0)
        {
            return new ClaimExtraction([], false, MaxClaims);
        }
        RepeatFinder.Mark(text, sentences);
        PageFurniture.MarkSentences(text, sentences);
        var numbers = InTextOrder(NumberRecognizer.Find(text));
        using var articleTokens = ArticleTokens.Of(text);
        var dateline = DatelineCountry.Of(text, sentences, articleTokens); // once: its furniture marks are final here, four passes ask for it
        // The alias scan and the passes after it only once a sentence with counts asks, so never for an article with none.
        var mentions = new Lazy<IReadOnlyList<SourceMention>>(() => Mentions(text, dateline, articleTokens), LazyThreadSafetyMode.None);
        var attributors = new SentenceAttributors(text, sentences, articleTokens, () => mentions.Value);
        var drafts = new List<ClaimDraft>();
        var claimsIn = new int[sentences.Count];
        var sentenceTokens = new SentenceTokens(sentences, articleTokens);
        var tokens = articleTokens.SentenceScratch;
        var times = new List<TimeExpression>();
        var inSentence = new List<NumberMention>();
        var next = 0;
        // Look-backs made once an article, not once a sentence (issue 10 item 4); asked only while sentence `current` is read.
        var current = 0;
        Func<PeopleContext?> peopleBefore = () => PeopleBefore(text, sentences, current, drafts, sentenceTokens);
        Func<PeopleContext?> figureBefore = () => FigureAntecedent.Before(text, sentences, current, drafts);
        DateOnly? lastDay = null;
        var reachedLimit = false;
        for (var si = 0; si < sentences.Count; si++)
        {
            if ((si & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var sentence = sentences[si];
            next = CountsIn(text, sentence, numbers, next, inSentence);
            var first = drafts.Count;
            // Past the limit, sentences are not read; their attributors are still worked out for the claims before them, on demand.
            if (inSentence.Count > 0 && !sentence.IsRepeat && !sentence.IsFurniture && !reachedLimit)
            {
                current = si;
                articleTokens.CopyInto(sentence.Start, sentence.End, tokens);
                ReadSentence(text, tokens, sentence, si, inSentence, attributors.Of(si, tokens) ?? [], mentions.Value, peopleBefore, figureBefore, drafts);
                if (drafts.Count > first)
                {
                    AssignTimes(text, sentence, drafts, first, times);
                    lastDay = CountBack(times, drafts, first, published, lastDay);
                }
            }
            reachedLimit |= KeepTheFirst(drafts, MaxClaims);
            claimsIn[si] = drafts.Count - first;
        }

        cancellationToken.ThrowIfCancellationRequested();
        // No claim: every pass after the loop reads the claims only.
        return new ClaimExtraction(drafts.Count == 0 ? [] : Credited(text, sentences, drafts, claimsIn, attributors, mentions.Value, dateline, sentenceTokens, published, publishedPrecision),
            reachedLimit, MaxClaims);
    }

    /// <summary>
    /// The claims credited, given their people, and made. Attributors are worked out only as far as a claim's credit reads
    /// (<see cref="SentenceAttributors.ReadAhead"/> past the last claim), and speakers resolved only that far: no pass
    /// after the loop reads a sentence further on.
    /// </summary>
    private List<ExtractedClaim> Credited(string text, List<Sentence> sentences, List<ClaimDraft> drafts, int[] claimsIn, SentenceAttributors attributors,
        IReadOnlyList<SourceMention> mentions, string? dateline, SentenceTokens sentenceTokens, DateOnly? published, AsOfPrecision publishedPrecision)
    {
        var lastClaim = drafts.Max(d => d.Sentence);
        var lastRead = Math.Min(sentences.Count - 1, lastClaim + SentenceAttributors.ReadAhead);
        var read = attributors.Through(lastRead);
        SendingCountry.Give(text, sentences, drafts);
        EstablishedPopulation.Carry(text, sentences, read, drafts, sentenceTokens);
        // "the two soldiers" a sentence after two were captured: the repeat keeps their fate.
        RepeatedCountsFate.Carry(text, sentences, drafts);
        var resolver = new AnaphorResolver(text, sentences, mentions, Registry, dateline);
        var quoteEnds = QuoteEnds(text, sentences, read, lastClaim);
        ResolveByCountry(attributors, sentences);
        Attribute(text, sentences, read, drafts, claimsIn, resolver, quoteEnds, mentions, lastRead);
        BackgroundAttacksVictims.Uncredit(text, sentences, drafts, sentenceTokens);
        GivePeople(text, sentences, drafts, dateline, sentenceTokens);
        return ToClaims(text, sentences, drafts, published, publishedPrecision);
    }

    // The registry's aliases found in the text, then the bodies the text names otherwise, less the mentions that name no speaker.
    private IReadOnlyList<SourceMention> Mentions(string text, string? dateline, ArticleTokens articleTokens) =>
        AffiliatedBody.Without(text, HyphenatedModifier.Without(text, TerritoryBoundAlias.Without(text, LongerBodysName.Without(text, NationalBranch.Without(text, WithoutAddressees(text, UnAgencyAnaphor.Resolved(text, UnMissionByPlace.With(text, Registry, BodysInitials.With(text, Registry, IntroducedAcronym.With(text, dateline, Registry, StatesHealthMinistry.With(text, Registry, NamedHospital.With(text, RegionalAdministration.With(text, RegisteredPersonsSurname.With(text, Registry, ApposedPost.With(text, Registry, Registry.FindMentions(text, articleTokens.All))))))))))))))));

    // Once the claims have their speakers: counts with no people take the speaker's side, then their own population.
    private static void GivePeople(string text, List<Sentence> sentences, List<ClaimDraft> drafts, string? dateline, SentenceTokens sentenceTokens)
    {
        // "identified 29 of the bodies": the dead themselves, before any rule reads the noun the count borrowed.
        RemainsOfTheDead.Give(text, drafts, sentenceTokens);
        // "16,500 of the dead are fighters": the toll's people, not the speaker's army.
        RoleOfTheDead.Give(text, drafts, sentenceTokens);
        FatesOfTheSamePeople.Give(text, drafts, sentenceTokens);
        RescueServiceMembers.Rename(text, drafts, sentenceTokens);
        SpeakersSide.Give(text, drafts, Nationality.OfCountry(dateline), sentenceTokens);
        // "the Russian Defense Ministry said 771 more fighters had surrendered": the speaker's foe's soldiers.
        SurrenderedFoes.Give(text, sentences, drafts, sentenceTokens);
        OwnPopulation.Give(text, sentences, drafts, dateline, sentenceTokens);
        WatchingState.Give(text, drafts, sentenceTokens);
        ExpeditionaryForce.Give(text, sentences, drafts);
        // "Israel said it had freed 1,968 prisoners" in a story about Palestinian prisoners: the held people, not the releaser.
        ReleasedPrisoners.Give(text, drafts, sentenceTokens);
        // "killed 52 of the soldiers": soldiers already counted, whoever speaks and whatever side or place gave them.
        PartOfTheCounted.Carry(text, sentences, drafts);
        // "two of their personnel", "UNIFIL has around 10,000 personnel": a peacekeeping mission's own keep no nation.
        MissionsOwnPeople.Clear(text, drafts, sentenceTokens);
        // "received 22 flag-draped coffins": the story's soldiers, once every count has its people.
        CoffinsOfTheArmy.Give(sentences, drafts);
        // "two reservists fell" after Gaza's hostages: no Palestinian army, the army that fights there.
        SoldiersOfTheArmyThere.Give(drafts);
        // "killed more than 120 soldiers and taken dozens prisoner": the prisoners are those soldiers' army's.
        PrisonersOfTheCountedForce.Carry(drafts);
        // "Ukraine is prepared to return the two soldiers" after two North Korean soldiers were captured: still North Koreans.
        RepeatedPrisoners.Give(text, drafts, sentenceTokens);
    }

    private static bool KeepTheFirst(List<ClaimDraft> drafts, int max)
    {
        if (drafts.Count <= max)
        {
            return false;
        }
        drafts.RemoveRange(max, drafts.Count - max);
        return true;
    }

    private List<ExtractedClaim> ToClaims(string text, List<Sentence> sentences, List<ClaimDraft> drafts, DateOnly? published, AsOfPrecision publishedPrecision)
    {
        // "the two men" with no fate of its own points back at persons counted before and claims nothing new.
        var kept = drafts.Where(d => !PersonsNamedBefore.PointsBack(text, d)).ToList();
        var claims = kept.Select(d => ToClaim(text, sentences[d.Sentence], d, published, publishedPrecision)).ToList();
        if (!MergeRepeats)
        {
            return claims;
        }
        // A top-of-page summary bullet stays apart where headlines do (SummaryBlock); the store folds it as before.
        // A standfirst above the byline stays apart too (Standfirst).
        var summary = FoldHeadlines ? null : SummaryBlock.Marks(text, sentences);
        var standfirst = FoldHeadlines ? null : Standfirst.Marks(text, sentences);
        return RepeatedClaims.Merge(FoldHeadlines, claims, [.. kept.Select(d => RepeatedClaims.ReadsAsHeadline(text, sentences[d.Sentence]) || summary?[d.Sentence] == true || standfirst?[d.Sentence] == true)], [.. kept.Select(d => d.Sentence)]);
    }

    // The recognizer gives its numbers in text order nearly always: the sort (stable, by start) runs only when one is out
    // of order, where it ran for every article before (issue 10 item 4).
    private static List<NumberMention> InTextOrder(IReadOnlyList<NumberMention> found)
    {
        for (var k = 1; k < found.Count; k++)
        {
            if (found[k].Start < found[k - 1].Start)
            {
                return [.. found.OrderBy(n => n.Start)];
            }
        }
        // The recognizer's list is new each call and read only here: it is not copied.
        return found as List<NumberMention> ?? [.. found];
    }

    // The numbers inside the sentence that may count people, into `into`; returns the index of the first number after it.
    // Years, dates and the like are not counts, and must not cut a count off from its words.
    private static int CountsIn(string text, Sentence sentence, List<NumberMention> numbers, int next, List<NumberMention> into)
    {
        into.Clear();
        while (next < numbers.Count && numbers[next].Start < sentence.End)
        {
            var n = numbers[next];
            if (n.Start >= sentence.Start && n.End <= sentence.End && !(n.IsYearLike || n.IsDate || n.IsPercent || n.IsMoney || n.IsDuration || n.IsAge))
            {
                if (!UnitsName.SplitOff(text, n, into))
                {
                    TollChange.AddCounts(text, n, into);
                }
            }
            next++;
        }
        return next;
    }

    private static void ReadSentence(string text, List<Token> tokens, Sentence sentence, int si, List<NumberMention> numbers,
        List<Attributor> attributors, IReadOnlyList<SourceMention> mentions, Func<PeopleContext?> context, Func<PeopleContext?> countBefore, List<ClaimDraft> drafts)
    {
        var spans = new (int Start, int End)[numbers.Count];
        for (var n = 0; n < numbers.Count; n++)
        {
            spans[n] = TokenSpan(tokens, numbers[n]);
        }
        var reader = new PeopleCountReader(text, tokens, sentence, si) { Attributors = attributors, Mentions = mentions, CountBefore = countBefore };
        ClaimDraft? previous = null;
        for (var n = 0; n < numbers.Count; n++)
        {
            if (SpeakerCount.NamesSpeaker(numbers[n], attributors))
            {
                continue;
            }
            var draft = reader.Read(numbers[n], spans, n, previous, context);
            if (draft is not null)
            {
                drafts.Add(draft);
                previous = draft;
            }
        }
    }

    private static (int Start, int End) TokenSpan(List<Token> tokens, NumberMention number)
    {
        var start = -1;
        var end = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.End <= number.Start)
            {
                continue;
            }
            if (t.Start >= number.End)
            {
                break;
            }
            if (start < 0)
            {
                start = i;
            }
            end = i;
        }
        return (start, end);
    }

    // Each time expression dates the claim whose number is nearest to it.
    private static void AssignTimes(string text, Sentence sentence, List<ClaimDraft> drafts, int first, List<TimeExpression> times)
    {
        ClaimTime.Find(text, sentence.Start, sentence.End, times);
        if (sentence.IsHeading)
        {
            return;
        }
        foreach (var time in times)
        {
            ClaimDraft? best = null;
            var bestDistance = int.MaxValue;
            for (var d = first; d < drafts.Count; d++)
            {
                var n = drafts[d].Number;
                if (time.Start < n.End && time.End > drafts[d].MentionStart)
                {
                    continue;
                }
                var distance = time.End <= drafts[d].MentionStart ? drafts[d].MentionStart - time.End : time.Start - n.End;
                // A comma between them means another clause: "38,500 killed since the war began, and 88,000 wounded".
                var gapStart = time.End <= drafts[d].MentionStart ? time.End : n.End;
                var gapEnd = time.End <= drafts[d].MentionStart ? drafts[d].MentionStart : time.Start;
                if (text.AsSpan(gapStart, Math.Max(0, gapEnd - gapStart)).IndexOfAny(',', ';') >= 0)
                {
                    distance += 1000;
                }
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = drafts[d];
                }
            }
            if (best is not null && best.Time is null)
            {
                best.Time = time;
            }
        }
    }

    /// <summary>
    /// Dates "the previous day" and "two days earlier" from the last day the story named before them ("30 were killed on
    /// Tuesday, after 50 the previous day"), not from publication. Returns the last day named, for the sentences after.
    /// </summary>
    private static DateOnly? CountBack(List<TimeExpression> times, List<ClaimDraft> drafts, int first, DateOnly? published, DateOnly? lastDay)
    {
        foreach (var time in times)
        {
            if (ClaimTime.DaysBack(time.Text) is { } back)
            {
                lastDay = lastDay?.AddDays(-back);
                for (var d = first; d < drafts.Count; d++)
                {
                    if (drafts[d].Time == time)
                    {
                        drafts[d].CountedBackTo = lastDay;
                    }
                }
            }
            else if (ClaimTime.NamesADay(time.Text) && ClaimTime.Resolve(time.Text, published, future: false) is ({ } day, AsOfPrecision.Day))
            {
                lastDay = day;
            }
        }
        return lastDay;
    }

    /// <summary>
    /// The people the sentences before sentence <paramref name="si"/> talked about, for a bare "400 have been killed":
    /// the last claim or people noun, looking back within the paragraph (or two sentences) and never past a heading.
    /// Only asked for when a bare number needs it, so most sentences are never looked at twice.
    /// </summary>
    private static PeopleContext? PeopleBefore(string text, List<Sentence> sentences, int si, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        var d = LastDraftBefore(drafts, si);
        for (var back = si - 1; back >= 0 && si - back <= LookBackSentences; back--)
        {
            var sentence = sentences[back];
            if (LookBackStops(text, sentences, si, back))
            {
                return null;
            }
            if (d >= 0 && drafts[d].Sentence == back)
            {
                // "killed 19 Palestinians, among them two 11-year-old girls. The toll … has risen to 27": the people
                // are the outer count's, not its aside's member, when the outer count already names its nation and
                // as many as the member (golden case toll_after_an_aside_takes_the_outer_people).
                var last = drafts[d].AsideOf is { } outer && outer.Sentence == back && outer.Nationalities.Count > 0 && outer.Nationalities.Count >= drafts[d].Nationalities.Count ? outer : drafts[d];
                return new PeopleContext(last.Nationalities, last.Noun, last.Military, last.Metric, sentence.Paragraph, back, last.Status);
            }
            if (PeopleIn(text, sentenceTokens.Of(back), sentence, back) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>The index of the last draft read before sentence <paramref name="si"/>, or -1.</summary>
    internal static int LastDraftBefore(List<ClaimDraft> drafts, int si)
    {
        var d = drafts.Count - 1;
        while (d >= 0 && drafts[d].Sentence >= si)
        {
            d--;
        }
        return d;
    }

    /// <summary>
    /// Whether a look back from sentence <paramref name="si"/> stops at sentence <paramref name="back"/>: a heading, page
    /// furniture, or a sentence more than two back in another paragraph. A bulleted row written with a hedge ("- Tawila:
    /// about 96,000 new arrivals") reads as a heading but is a table's row.
    /// </summary>
    internal static bool LookBackStops(string text, List<Sentence> sentences, int si, int back)
    {
        var sentence = sentences[back];
        return (sentence.IsHeading && !ContinuedRow.OnBulletedRow(text, sentence.Start)) || sentence.IsFurniture || (sentence.Paragraph != sentences[si].Paragraph && si - back > 2);
    }

    private static PeopleContext? PeopleIn(string text, List<Token> tokens, Sentence sentence, int si)
    {
        PeopleContext? last = null;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }
            var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            var military = ClaimLexicon.MilitaryNouns.Contains(w) || ClaimLexicon.IrregularNouns.Contains(w);
            if ((!military && !ClaimLexicon.CivilianNouns.Contains(w)) || PressAudience.At(text, tokens, i) || BodysName.Ends(text, tokens, i) || DemonymBeforeBody.At(text, tokens, i) || (military && AttackingForce.Attacks(text, tokens, i)))
            {
                continue;
            }
            var (nationalities, served) = ModifiersOf(text, tokens, i);
            var found = new PeopleContext(nationalities, military ? (ClaimLexicon.IrregularNouns.Contains(w) ? "fighters" : "troops") : w.ToString().ToLowerInvariant(), military, null, sentence.Paragraph, si);
            if (military && nationalities.Count > 0 && ServedForce.At(text, tokens, i))
            {
                last ??= found; // the side served, only if the sentence names no force that serves it
                continue;
            }
            if (last is not null)
            {
                // ServedCountry: the men lost after "fighting for Russia" are the force's own, named earlier in the sentence.
                return military && nationalities.Count > 0 ? found : last;
            }
            if (!served || nationalities.Count > 0)
            {
                return found;
            }
            last = found;
        }
        return last;
    }

    /// <summary>
    /// The nationalities right before the people noun at <paramref name="noun"/>, and whether a country served or faced
    /// ("fighting for Russia", <see cref="ServedCountry"/>) stood among them and was left out.
    /// </summary>
    private static (List<string> Nationalities, bool Served) ModifiersOf(string text, List<Token> tokens, int noun)
    {
        var nationalities = new List<string>();
        var served = false;
        for (var s = ModifierReach.Start(text, tokens, Math.Max(0, noun - 5), noun); s < noun; s++)
        {
            if (Nationality.At(text, tokens, s) is not { } n)
            {
                continue;
            }
            if (ServedCountry.At(text, tokens, s, n.Tokens, noun))
            {
                served = true;
                s += n.Tokens - 1;
            }
            else if (s + n.Tokens <= noun && !nationalities.Contains(n.Nationality.Adjective))
            {
                nationalities.Add(n.Nationality.Adjective);
                s += n.Tokens - 1;
            }
        }
        return (nationalities, served);
    }

    // "Gen. Thomas Kellan made the remarks at a hearing", a sentence with no speaker of its own: the holder of the office
    // that spoke in the sentence before, learnt for "Kellan said" below (<see cref="RemarksMaker"/>; golden case
    // the_officeholder_who_made_the_remarks).
    private static void LearnOfficeholder(string text, List<Sentence> sentences, List<Attributor>?[] attributors, AnaphorResolver resolver, int si)
    {
        if (si > 0 && attributors[si] is null && attributors[si - 1] is { } spokeBefore && Best(spokeBefore) is { Source: { } office }
            && RemarksMaker.Name(text, sentences[si]) is { } holder)
        {
            resolver.Surnames.LearnOfficeholder(holder, office);
        }
    }

    // "The Ministry of Foreign Affairs has issued the following press statement": the body the lead-in names (by its own
    // frame, or opening the sentence) speaks for the whole text pasted under it (<see cref="PastedStatement"/>; golden
    // case a_pasted_statement_speaks_for_its_body).
    private static void IssuerOfPastedText(string text, Sentence sentence, IReadOnlyList<SourceMention> mentions, SpeakerScope scope, int si, bool framed)
    {
        if (!PastedStatement.Opens(text, sentence))
        {
            return;
        }
        if (SubjectOfTheSentenceBefore.Opening(text, sentence, mentions) is { Source: not null } issuer)
        {
            scope.Open(new Attributor(issuer.Start, issuer.End, issuer.Text, issuer.Source, AttributorCue.Verb, issuer.End), si);
        }
        else if (!framed)
        {
            // No body named in the lead-in: an earlier speaker still in scope is not the statement's issuer.
            return;
        }
        if (scope.Carried?.Source is not null)
        {
            scope.Paste();
        }
    }

    /// <summary>
    /// Credits each claim: the nearest attributor of its own sentence; else the speaker in scope (<see cref="SpeakerScope"/>);
    /// an article's opening figure may take the attributor of the sentences right after it.
    /// </summary>
    private static void Attribute(string text, List<Sentence> sentences, List<Attributor>?[] attributors, List<ClaimDraft> drafts, int[] claimsIn,
        AnaphorResolver resolver, Attributor?[] quoteSpeakers, IReadOnlyList<SourceMention> mentions, int lastRead)
    {
        var scope = new SpeakerScope(text, sentences, PublisherVoice.Of(text, sentences, mentions));
        var seenAny = false;
        var d = 0;
        // Past lastRead no claim is credited and no pass after reads a speaker resolved here.
        for (var si = 0; si <= lastRead; si++)
        {
            scope.Enter(si);
            var own = attributors[si];
            var firstDraft = d;
            var quoteSpeaker = ResolveSentence(text, own, d < drafts.Count && drafts[d].Sentence == si ? quoteSpeakers[si] : null, resolver, si, scope.Carried, si > 0 ? attributors[si - 1] : null);
            resolver.Heard(si, own);
            var ownConjunct = OtherSidesConjunct.Opening(text, own, mentions, sentences[si]);
            for (; d < drafts.Count && drafts[d].Sentence == si; d++)
            {
                Credit(text, drafts[d], own, quoteSpeaker, scope, seenAny, si, sentences[si], ownConjunct);
            }
            if (own is not null)
            {
                // "a charge Kigali denies": the one who denies is not the source of the figures after it.
                if ((Best(own) is { } best && OutletsTally.Is(text, best)) || ownConjunct >= 0)
                {
                    // An outlet's tally credits its own sentence's figures only (<see cref="OutletsTally"/>), a frame of one side's conjunct its own clause only (<see cref="OtherSidesConjunct"/>).
                    scope.End();
                }
                else if (Best(own) is { } speaker && !ChargeDenier.Denies(text, speaker) && !QuantifierSpeaker.Is(speaker) && !QualifyingSpeaker.Is(text, speaker) && !HeadlineColonSpeaker.Is(text, speaker) && !CrossheadQuestion.Is(text, sentences[si], speaker))
                {
                    scope.Open(speaker, si);
                }
                scope.Active();
                seenAny = true;
            }
            else if (ListLeadIn.Is(text, sentences[si]) && SubjectOfTheSentenceBefore.Opening(text, sentences[si], mentions) is { } subject)
            {
                // "WHO has been informed of the following:": the body a lead-in opens with speaks for the list under it
                // (Golden case: list_under_a_bodys_lead_in).
                scope.Open(new Attributor(subject.Start, subject.End, subject.Text, subject.Source, AttributorCue.Verb, subject.End), si);
            }
            LearnOfficeholder(text, sentences, attributors, resolver, si);
            IssuerOfPastedText(text, sentences[si], mentions, scope, si, own is not null);
            resolver.Authored(si, drafts, firstDraft, d);
            if (claimsIn[si] > 0)
            {
                scope.Active();
            }
            for (var k = firstDraft; k < d; k++)
            {
                scope.Gave(drafts[k].Metric);
            }
        }
        LookAhead(sentences, attributors, drafts, claimsIn);
        CreditFromAround(text, sentences, attributors, mentions, drafts);
    }

    // The passes that credit a figure from outside its own sentence's frame, once every sentence is read.
    private static void CreditFromAround(string text, List<Sentence> sentences, List<Attributor>?[] attributors, IReadOnlyList<SourceMention> mentions, List<ClaimDraft> drafts)
    {
        StatedInDocument.Credit(text, sentences, mentions, drafts);
        ContinuedEventSpeaker.Credit(text, sentences, attributors, drafts);
        ContinuedIndividual.Credit(text, sentences, attributors, drafts);
        SourceNote.Credit(text, sentences, attributors, drafts);
        SectionSource.Credit(text, sentences, mentions, drafts);
        BracketedBody.Credit(text, sentences, mentions, drafts);
        CountCreditedAfter.Credit(text, sentences, attributors, drafts);
        HeadingSource.FromBody(text, sentences, drafts);
        PeoplesPlural.Credit(text, sentences, drafts);
        DescribedHeadlineSpeaker.Credit(text, sentences, mentions, drafts);
        HeadlinesBullet.Credit(text, sentences, drafts);
    }

    // The sentence's own attributors resolved, and the speaker after a quotation it leaves open, if it has figures to credit.
    private static Attributor? ResolveSentence(string text, List<Attributor>? own, Attributor? quoteSpeaker, AnaphorResolver resolver, int si, Attributor? carried, List<Attributor>? before)
    {
        if (own is not null)
        {
            LocalHealthAuthorities.Place(own, resolver, si, carried, before);
            ResolveAnaphors(text, own, resolver, si, carried, before);
        }
        return Resolved(text, quoteSpeaker, resolver, si, carried, before);
    }

    // '"29 people have been injured. Three are in serious condition," he wrote': the speaker after a quotation's close
    // sits in a sentence the loop has not reached, so "he" or a surname is resolved here, as it will be there.
    private static Attributor? Resolved(string text, Attributor? speaker, AnaphorResolver resolver, int si, Attributor? carried, List<Attributor>? before)
    {
        if (speaker is not { Source: null })
        {
            return speaker;
        }
        var one = new List<Attributor> { speaker };
        ResolveAnaphors(text, one, resolver, si, carried, before);
        return one[0];
    }

    // "the ministry said", "he said": an attributor that points back takes the speaker it continues.
    // A titled minister with no dateline ("Defense Minister Kim Yong-hyun") is the story's own state's (HomeMinistry, MinistersHomeCountry).
    private static void ResolveAnaphors(string text, List<Attributor> own, AnaphorResolver resolver, int si, Attributor? carried, List<Attributor>? before)
    {
        for (var a = 0; a < own.Count; a++)
        {
            if (PlacedOfficials.InCountry(own[a].Text) || (own[a].Source is null && UnnamedHospitals.Is(own[a].Text)))
            {
                own[a] = own[a] with { Source = null }; // "officials in Russia", "local hospitals said": nobody named or carried.
            }
            else if (own[a].Source is null && FramedPronoun.Frame(own, a) is { } frame)
            {
                own[a] = own[a] with { Source = frame.Source };
            }
            else if (own[a].IsAnaphor && own[a].Source is null && !AnaphorResolver.IsFirstPerson(own[a]))
            {
                var standsFor = PortfolioMinister.Ministry(own[a].Text) is { } ministry ? own[a] with { Text = ministry } : own[a];
                own[a] = own[a] with { Source = resolver.Resolve(standsFor, si, carried, before) };
            }
            else if (own[a].Source is null && (resolver.HomeMinistry(own[a]) ?? resolver.BasedBodyOf(own[a], si) ?? resolver.LeadersGovernment(own[a])) is { } based)
            {
                own[a] = own[a] with { Source = based };
            }
            else if (own[a].Source is null && (TitledSpeaker.Owner(own[a].Text) ?? IndefiniteBodyVoice.Owner(text, own[a]) ?? NamedSpokesperson.Owner(own[a].Text) ?? NumberedUnitsOwner.Owner(text, own[a]) ?? TerritorysBody.Owned(own[a].Text) ?? PossessiveSpeaker.Owner(own[a].Text) ?? PossessiveSpeaker.DocumentsOwner(text, own[a]) ?? BodysFigures.Owner(own[a].Text) ?? AfterCoordinator.First(own[a].Text) ?? BareMinistry.AsAnaphor(own[a].Text) ?? PortfolioMinister.Bare(own[a].Text) ?? PortfoliosMinistry.Unplaced(own[a].Text, own[a].Country)) is { } owner)
            {
                own[a] = own[a] with { Source = resolver.Resolve(own[a] with { Text = owner, IsAnaphor = true }, si, carried, before) };
            }
            else if (own[a].Source is null && own[a].Country is { } country && (CountrysVoice.Is(own[a].Text) || PlacesHeadByName.Is(own[a].Text) || GovernmentPortfolioMinister.Is(own[a].Text) || PortfoliosMinistry.Is(own[a].Text)))
            {
                own[a] = own[a] with { Source = resolver.GovernmentOf(own[a], country) ?? resolver.BareOfficialsBodyOf(own[a], country) };
            }
            else if (own[a].Source is null && resolver.ApposedBody(own[a]) is { } apposed)
            {
                own[a] = own[a] with { Source = apposed };
            }
            else if (own[a].Source is null && (TitleOfTheBody.Owner(text, own[a]) ?? PersonsTeam.Pronoun(own[a].Text)) is { } stands)
            {
                own[a] = own[a] with { Source = resolver.Resolve(own[a] with { Text = stands, IsAnaphor = true }, si, carried, before) };
            }
            else if (own[a].Source is null && resolver.DescribedBefore(own[a], si, carried, before) is { } described)
            {
                own[a] = own[a] with { Source = described };
            }
            else if (own[a].Source is null && resolver.Surnames.Find(own[a].Text) is { } repeated)
            {
                own[a] = own[a] with { Source = repeated };
            }
            else if (own[a].Source is null && (resolver.ApposedSurname(own[a]) ?? resolver.FrontedTitle(own[a])) is { } rolesBody)
            {
                own[a] = own[a] with { Source = rolesBody };
            }
            else if (own[a].Source is null && (resolver.NamedNext(own[a], si) ?? resolver.NamedAbove(own[a], si)) is { } named)
            {
                own[a] = own[a] with { Source = named };
            }
            else if (own[a].Source is null && (resolver.Shortened(own[a], carried) ?? resolver.MembersOf(own[a]) ?? resolver.BriefedBy(own[a], si, carried, before)) is { } full)
            {
                own[a] = own[a] with { Source = full };
            }
            own[a] = resolver.Settled(own[a], si);
        }
        LearnRelayedSurnames(text, own, resolver);
        BodysDocument.GiveWayToNamed(own);
    }

    // "Rep. Lee Seong-kweun said, citing the country's spy agency": the cited body is resolved only once the whole
    // sentence is, so the lawmaker's surname is learnt with it after the loop (<see cref="LawmakerRelay"/>).
    private static void LearnRelayedSurnames(string text, List<Attributor> own, AnaphorResolver resolver)
    {
        if (!LawmakerRelay.CitesABody(own))
        {
            return;
        }
        for (var a = 0; a < own.Count; a++)
        {
            if (LawmakerRelay.Relayed(text, own, a) is { } relayed)
            {
                resolver.Surnames.Learn(own[a], relayed);
            }
        }
    }

    /// <summary>
    /// One claim's credit: its own sentence's attributor, else the speaker named after a quote it sits in, else the
    /// one carried over; an article's opening figure with none may look ahead. Golden cases: said_inverted,
    /// quote_spanning_sentences, inherited_next_sentence, inherited_next_paragraph, heading_ends_attribution,
    /// background_narration_carries_no_speaker.
    /// </summary>
    private static void Credit(string text, ClaimDraft draft, List<Attributor>? own, Attributor? quoteSpeaker, SpeakerScope scope, bool seenAny, int si, Sentence sentence, int ownConjunct)
    {
        // "Hamas released three hostages …, and Israel freed 110 prisoners, the prison service said": the other side's conjunct is the writer's (OtherSidesConjunct).
        if (ownConjunct >= 0 && draft.Number.Start < ownConjunct)
        {
            return;
        }
        // "About 78 people were killed …, and the UN reported 57 more deaths": the UN speaks for its own clause only.
        var laterClauses = own is not null && LaterConjunctsSpeaker.NoneSpeaksFor(text, own, draft.Number.Start, draft.Number.End);
        // "…, a charge the group denies": the denier after the figure is no speaker of it (ChargeDenier).
        var denied = own is not null && ChargeDenier.OnlyDeniersAfter(text, own, draft.Number.Start);
        // "A regional governor relayed news of 70 deaths, according to AP": the outlet only carried an unnamed speaker's words.
        if (own is not null && RelayedFigures.Find(text, own, sentence.Start, draft.Number.Start) == RelayedFigures.Passer.Unnamed)
        {
            return;
        }
        var chosen = own is null || laterClauses || denied ? null : FigureTheBodyCites.Holder(text, own, draft.Number.Start) ?? Choose(text, QualifyingSpeaker.Reaching(text, own, draft.Number.End), draft.Number.Start, draft.Number.End);
        if (chosen is { Source: null } && scope.Voice is { Source: not null } voice && (EarlierIssue.Named(text, sentence) || OwnTeam.Is(chosen.Text)))
        {
            // "The seventh report … had put the total at 1,873": the earlier issue of the page's document is its body's;
            // so is "our team reported" in it (OwnTeam).
            chosen = voice;
        }
        if (chosen is null && quoteSpeaker is { } speaker)
        {
            // “We lost 200 men. It was terrible,” he said: the speaker named after the quote's end.
            chosen = speaker;
        }
        if (chosen is not null)
        {
            draft.Source = chosen.Source;
            draft.SourceMention = chosen.Text;
            draft.Attribution = chosen.IsAnaphor ? Attribution.Inherited : Attribution.Extracted;
        }
        else if (laterClauses || denied || (own is not null && ContactRelativeSpeaker.NoneSpeaksFor(text, own, draft.Number.Start)))
        {
            // "Militants also seized 251 hostages, …, including 34 the military says are dead": the writer's own background.
            return;
        }
        else if (scope.Inherit(si, draft.Metric, draft.Number.Start) is { } inherited)
        {
            draft.Source = inherited.Source;
            draft.SourceMention = inherited.Text;
            draft.Attribution = Attribution.Inherited;
            draft.CarriedFrom = inherited.Start;
        }
        else if (!seenAny && !sentence.IsHeading)
        {
            draft.LooksAhead = true;
        }
    }

    /// <summary>
    /// For each sentence inside a quotation that closes in a later sentence of the same paragraph, the attributor
    /// named right after the closing quote mark, if any.
    /// </summary>
    private static Attributor?[] QuoteEnds(string text, List<Sentence> sentences, List<Attributor>?[] attributors, int lastClaim)
    {
        var speakers = new Attributor?[sentences.Count];
        // Read only at a claim's sentence; a quotation opened after the last claim fills no sentence at or before it.
        for (var si = 0; si <= lastClaim; si++)
        {
            var s = sentences[si];
            var mark = OpenQuotation.Left(text.AsSpan(s.Start, s.End - s.Start));
            if (mark is null)
            {
                continue;
            }
            for (var next = si + 1; next < sentences.Count && next <= si + QuoteReach && sentences[next].Paragraph == s.Paragraph; next++)
            {
                var close = OpenQuotation.Close(text, sentences[next], mark.Value);
                if (close < 0)
                {
                    continue;
                }
                if (attributors[next] is { } after)
                {
                    speakers[si] = after.FirstOrDefault(a => a.Position > close);
                    for (var between = si + 1; between < next; between++)
                    {
                        speakers[between] = speakers[si];
                    }
                }
                break;
            }
        }
        return speakers;
    }

    private static readonly WordSet TellVerbs = WordLists.Set("tellVerbs");

    // "a rescue worker told AFP", "a doctor told Reuters": the outlet is told, it does not speak; nor does the byline
    // of a dateline ("YANGON (AFP) –"). A later "he said" must not fall back on either.
    private static IReadOnlyList<SourceMention> WithoutAddressees(string text, IReadOnlyList<SourceMention> mentions)
    {
        List<SourceMention>? kept = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var addressee = IsAddressee(text, mentions[k].Start) || IsByline(text, mentions[k]);
            if (addressee && kept is null)
            {
                kept = [.. mentions.Take(k)];
            }
            if (!addressee)
            {
                kept?.Add(mentions[k]);
            }
        }
        return kept ?? mentions;
    }

    private static bool IsByline(string text, SourceMention mention) =>
        mention.Source is { Kind: SourceKind.Media } && mention.Start > 0 && text[mention.Start - 1] == '('
        && mention.End < text.Length && text[mention.End] == ')';

    private static bool IsAddressee(string text, int start)
    {
        // "told the UN", not "told the the the … UN": a loop, not recursion, and a short one, so no text can exhaust the stack.
        for (var articles = 0; articles < 2; articles++)
        {
            var end = start;
            while (end > 0 && start - end < 100 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            var begin = end;
            while (begin > 0 && end - begin < 100 && char.IsLetter(text[begin - 1]))
            {
                begin--;
            }
            var word = text.AsSpan(begin, end - begin);
            if (!word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return begin < end && TellVerbs.Contains(word);
            }
            start = begin;
        }
        return false;
    }

    private static void LookAhead(List<Sentence> sentences, List<Attributor>?[] attributors, List<ClaimDraft> drafts, int[] claimsIn)
    {
        foreach (var draft in drafts)
        {
            if (!draft.LooksAhead)
            {
                continue;
            }
            var paragraph = sentences[draft.Sentence].Paragraph;
            for (var si = draft.Sentence + 1; si < sentences.Count && si <= draft.Sentence + LookAheadSentences; si++)
            {
                if (sentences[si].IsHeading || sentences[si].Paragraph > paragraph + 1)
                {
                    break;
                }
                if (attributors[si] is { } own && claimsIn[si] == 0 && Best(own) is { Source: not null } best)
                {
                    draft.Source = best.Source;
                    draft.SourceMention = best.Text;
                    draft.Attribution = Attribution.Inherited;
                    break;
                }
                if (claimsIn[si] > 0)
                {
                    break;
                }
            }
        }
    }

    // The attributor nearest before the number, else the nearest after it ("…,” the agency said). A relay
    // ("lawmaker X revealed, citing Y") credits the original source when the registry knows it. Unowned estimates inside
    // a named speaker's clause ("X has said some estimates run as high as N") are that speaker's (ReportedEstimates).
    private static Attributor? Choose(string text, List<Attributor> own, int position, int end)
    {
        Attributor? before = null;
        Attributor? after = null;
        foreach (var a in own)
        {
            if (AnaphorResolver.IsFirstPerson(a) && own.Count > 1)
            {
                continue;
            }
            if (a.Start < position && position < a.Position)
            {
                // "Burundi, which has some 10,000 soldiers in Congo, said": the figure sits between the speaker and its verb.
                return RelativeClauseSpeaker.Within(own, a, position) ?? a;
            }
            if (a.Position < position && !ContactRelativeSpeaker.SpeaksForAnother(text, a, position))
            {
                before = a;
            }
            else if (after is null && !EmbeddedSpeaker.Is(text, own, a) && !ContactRelativeSpeaker.SpeaksForAnother(text, a, position))
            {
                after = a;
            }
        }
        if (TrailingAccordingTo.Find(text, own, before, end) is { } closing)
        {
            return closing;
        }
        if (ConjunctsOwnSpeaker.Find(text, before, after, position, end) is { } conjunct)
        {
            return conjunct;
        }
        var chosen = ReportedEstimates.Reporter(text, own, before ?? after) ?? before ?? after;
        if (chosen is { Cue: not AttributorCue.Citing } && FrontedCitation.Find(text, own) is { } fronted)
        {
            return fronted;
        }
        if (chosen is { Source.Kind: SourceKind.Media } && own.Find(a => a.Cue == AttributorCue.Citing) is { } cited)
        {
            // "Citing a military source, Yonhap reported": the outlet relays; the one it cites is the source, and the
            // one who briefed it when it is a briefed audience (BriefedAudience).
            return BriefedAudience.Briefer(text, own, cited);
        }
        if (chosen is { Cue: not AttributorCue.Citing }
            && own.Find(a => a.Cue == AttributorCue.Citing && a.Source is not null) is { } known
            && (chosen.Source is null || chosen.IsGeneric || RelayingBody.PassesOn(text, chosen, known)))
        {
            // "a South Korean lawmaker said, citing a briefing by the spy agency": a speaker who names no body of
            // their own relays the one they cite; so does a body that cites another in its own frame.
            return known;
        }
        if (chosen is { Source: null })
        {
            foreach (var a in own)
            {
                if (a.Source is not null && a.Cue != AttributorCue.Verb && a.Position < position && !ContrastedSpeaker.Separates(text, a, chosen))
                {
                    return a;
                }
            }
        }
        return chosen;
    }

    private static Attributor Best(List<Attributor> own)
    {
        Attributor? resolved = null;
        foreach (var a in own)
        {
            if (a.OwnsCount && own.Count > 1)
            {
                // An owner's count is an aside: the sentence's speaker carries on.
                continue;
            }
            if (a.Source is not null && a.Cue != AttributorCue.Verb)
            {
                return a;
            }
            if (a.Source is not null)
            {
                resolved = a;
            }
        }
        return resolved ?? own[^1];
    }

    /// <summary>
    /// "Ukrainian defence officials" names no one the registry knows, but the article credits a Ukrainian
    /// source elsewhere: take the nearest such source, before the sentence if there is one, else after it. The state's
    /// own voice (<see cref="CountrysVoice"/>) is its government, except in a headline ("Lebanon says strikes killed
    /// 558"), which is shorthand for the body the article credits (Unseen10 afp-lebanon-strikes-toll). Unnamed sources
    /// ("according to Lebanese sources") are nobody's (<see cref="AnonymousSources"/>).
    /// </summary>
    private static void ResolveByCountry(SentenceAttributors sentenceAttributors, List<Sentence> sentences)
    {
        var attributors = sentenceAttributors.All;
        var known = KnownByCountry(attributors);
        if (TakesFromPastTheRead(attributors, sentences, known))
        {
            // A generic speaker whose country no body read so far names: the first one after may sit in any later sentence.
            attributors = sentenceAttributors.Through(sentences.Count - 1);
            known = KnownByCountry(attributors);
        }
        if (known.Count == 0)
        {
            return;
        }
        for (var si = 0; si < attributors.Length; si++)
        {
            if (attributors[si] is not { } list)
            {
                continue;
            }
            for (var i = 0; i < list.Count; i++)
            {
                var a = list[i];
                if (a.Source is null && a.Country is { } own && CountrysMinistry.Is(a.Text) && known.TryGetValue(own, out var ministries)
                    && MinistryNamedBefore.Find(a.Text, ministries, si) is { } ministry)
                {
                    list[i] = a with { Source = ministry };
                    continue;
                }
                if (!TakesCountrysSource(a, sentences[si]) || !known.TryGetValue(a.Country!, out var sources))
                {
                    continue;
                }
                // The last one at or before this sentence, else the first one after it.
                var lo = 0;
                var hi = sources.Count;
                while (lo < hi)
                {
                    var mid = (lo + hi) / 2;
                    if (sources[mid].Sentence <= si)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }
                var match = lo > 0 ? sources[lo - 1].Source : sources[lo].Source;
                if (NationsOfficials.ExcludeGroup(a.Text, match))
                {
                    continue;
                }
                list[i] = a with { Source = match };
            }
        }
    }

    // The registered bodies the sentences worked out so far credit, by country, in sentence order.
    private static Dictionary<string, List<(int Sentence, SourceDefinition Source)>> KnownByCountry(List<Attributor>?[] attributors)
    {
        var known = new Dictionary<string, List<(int Sentence, SourceDefinition Source)>>(StringComparer.Ordinal);
        for (var si = 0; si < attributors.Length; si++)
        {
            foreach (var a in attributors[si] ?? [])
            {
                if (a.Source is { Country: { } country } s)
                {
                    if (!known.TryGetValue(country, out var list))
                    {
                        known[country] = list = [];
                    }
                    list.Add((si, s));
                }
            }
        }
        return known;
    }

    // Whether a speaker of the sentences worked out takes its country's body and none of them names one: only then may
    // the answer lie past them (the nearest before, else the first after, is among them whenever any is).
    private static bool TakesFromPastTheRead(List<Attributor>?[] attributors, List<Sentence> sentences, Dictionary<string, List<(int Sentence, SourceDefinition Source)>> known)
    {
        for (var si = 0; si < attributors.Length; si++)
        {
            foreach (var a in attributors[si] ?? [])
            {
                if (TakesCountrysSource(a, sentences[si]) && !known.ContainsKey(a.Country!))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // A generic speaker of a country ("Ukrainian defence officials") that is neither the state's own voice nor a ministry,
    // nor unnamed sources, medics, plural hospitals or several nations, nor a minister of his government (GovernmentPortfolioMinister).
    private static bool TakesCountrysSource(Attributor a, Sentence sentence) =>
        a.Source is null && a.Country is not null && a.IsGeneric && !(CountrysVoice.Is(a.Text) && !sentence.IsHeading) && !CountrysMinistry.Is(a.Text)
        && !GovernmentPortfolioMinister.Is(a.Text)
        && !AnonymousSources.Is(a.Text) && !UnnamedMedics.Is(a.Text) && !UnnamedHospitals.Is(a.Text) && !SeveralNations.Named(a.Text);

    private static ExtractedClaim ToClaim(string text, Sentence sentence, ClaimDraft d, DateOnly? published, AsOfPrecision publishedPrecision)
    {
        var n = d.Number;
        var value = n.Kind == NumberKind.Value ? n.Value : null;
        // A hedge the reading took back ("handed over 160") leaves an exact value without bounds.
        var unhedged = d.Qualifier == Qualifier.Exact && n.Kind == NumberKind.Value;
        var low = unhedged ? null : n.Low;
        var high = unhedged ? null : n.High;
        if (value is { } v)
        {
            if (d.Qualifier is Qualifier.MoreThan or Qualifier.AtLeast)
            {
                low ??= v;
            }
            else if (d.Qualifier is Qualifier.UpTo or Qualifier.LessThan)
            {
                high ??= v;
            }
        }
        var status = d.Status;
        DateOnly? asOf = published;
        AsOfPrecision? precision = published is null ? null : publishedPrecision;
        if (d.Time is { } time)
        {
            (asOf, precision) = d.CountedBackTo is { } day ? (day, AsOfPrecision.Day) : ClaimTime.Resolve(time.Text, published, status is ClaimStatus.Expected or ClaimStatus.Planned);
        }
        var (quote, quoteStart) = QuoteWindow.Around(text, sentence.Start, sentence.End, Math.Min(d.MentionStart, n.Start), n.End);
        var prefixStart = Math.Max(0, n.Start - AnchorLength);
        var suffixEnd = Math.Min(text.Length, n.End + AnchorLength);
        return new ExtractedClaim
        {
            Value = value,
            Low = low,
            High = high,
            Qualifier = d.Qualifier,
            Subject = NationByInitials.Subject(text, d),
            Metric = d.Metric ?? Metric.Other,
            Status = status,
            Increment = d.Increment,
            Source = d.Source?.Name ?? NamedIndividual.Name(text, sentence, d) ?? d.Individual,
            SourceMention = d.SourceMention,
            Attribution = d.SourceMention is null && d.Source is null ? Attribution.None : d.Attribution,
            TimeText = d.Time?.Text,
            AsOf = asOf,
            AsOfPrecision = precision,
            Quote = quote,
            QuoteStart = quoteStart,
            MentionText = text[Math.Min(d.MentionStart, n.Start)..n.End],
            Start = n.Start,
            End = n.End,
            Prefix = text[prefixStart..n.Start],
            Suffix = text[n.End..suffixEnd],
        };
    }
}
