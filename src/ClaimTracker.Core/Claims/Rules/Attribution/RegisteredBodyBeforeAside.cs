using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Sudan Doctors Network, a medical group that tracks the war, earlier put the toll at 41", "Emergency Lawyers, a
/// group of volunteer attorneys who have recorded abuses since the war began, said": a registered body opening the
/// clause, then an aside between commas of any length up to the sentence's start, then the verb (over adverbs). The
/// body speaks. The shorter-aside frames (<see cref="BodyBeforeDescription"/>, <see cref="SpeakerBefore"/>'s asides) stop
/// at a length or at "The", so before this frame such a sentence had no speaker (Unseen32 france24 270, 13, 4, 29;
/// Unseen31 ewn-kabkabiya). A participle opens such an aside too ("X, drawing on …, concluded", "X, citing …, said").
/// Golden cases: registered_body_before_a_long_aside, a_participle_aside_between_the_body_and_its_verb.
/// </summary>
internal sealed class RegisteredBodyBeforeAside : AttributionFrame
{
    public static readonly RegisteredBodyBeforeAside Frame = new();

    // What opens an aside that describes the body before it: "a medical group", "which monitors", "whose teams".
    private static readonly WordSet Leads = WordLists.Set("bodyAsideLeads");
    // What may open the clause before the body: "and", "but", "while".
    private static readonly WordSet ClauseOpeners = WordLists.Set("bodyAsideClauseOpeners");

    private RegisteredBodyBeforeAside()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var closing = AdverbsBeforeVerb.Before(text, tokens, cue);
        if (closing < 3 || tokens[closing].IsWord || text[tokens[closing].Start] != ',')
        {
            return false;
        }
        for (var k = closing - 2; k > 0; k--)
        {
            if (tokens[k].IsWord)
            {
                continue;
            }
            var c = text[tokens[k].Start];
            if (c != ',')
            {
                // A quotation or a clause break bounds the aside.
                if (c is '"' or '“' or '”' or ';' or ':')
                {
                    return false;
                }
                continue;
            }
            if (tokens[k + 1].IsWord && OpensAside(AttributionFinder.Word(text, tokens[k + 1]))
                && OpeningBody(text, tokens, BeforeAcronym(text, tokens, k - 1), mentions) is { } body)
            {
                AttributionFinder.Add(text, tokens, body.First, BeforeAcronym(text, tokens, k - 1), AttributorCue.Verb, tokens[cue].Start, mentions, into);
                return true;
            }
        }
        return false;
    }

    // "The Armed Conflict Location and Event Data Project (ACLED), which gathers …, has recorded": the body's acronym in
    // brackets after its name closes the name; the name ends before the bracket (Unseen64 nation row 19,800; golden case
    // an_acronym_in_brackets_before_an_aside). Token last itself when no bracketed word ends there.
    private static int BeforeAcronym(string text, List<Token> tokens, int last) =>
        last >= 3 && !tokens[last].IsWord && text[tokens[last].Start] == ')' && tokens[last - 1].IsWord
            && !tokens[last - 2].IsWord && text[tokens[last - 2].Start] == '(' && tokens[last - 3].IsWord
            ? last - 3 : last;

    // "a medical group", "which monitors", and a participle that says how the body came by its figure ("The Economist,
    // drawing on intelligence reports, leaked documents and the obituary sites, concluded", "UNICEF, citing the
    // mission's verified figures, says"): before, a participle aside with commas of its own left the sentence no speaker
    // (Unseen74 washingtonnews24-nyt-ukraine-loses-fewer-troops-ualosses 60,000-100,000 and 400,000).
    private static bool OpensAside(ReadOnlySpan<char> lead) => Leads.Contains(lead) || ParticipleAside.IsParticiple(lead);

    // What names the body's kind before its name: "Independent outlet Mediazona", "the monitoring group Airwars".
    private static readonly WordSet KindNouns = WordLists.Set("bodyKindNouns");
    private const int MaxKindWords = 3;

    // "Independent outlet Mediazona, which counts …, has confirmed": a kind noun right before the name, with up to two
    // describing words before it, is part of the opening, as an article is (Unseen80 moscowtimes 73,000; golden case
    // a_kind_of_body_before_the_name_and_an_aside). The token before those words, or at itself when there is no kind noun.
    private static int KindBefore(string text, List<Token> tokens, int at)
    {
        if (at < 0 || !tokens[at].IsWord || !KindNouns.Contains(AttributionFinder.Word(text, tokens[at])))
        {
            return at;
        }
        var k = at - 1;
        while (k >= 0 && at - k < MaxKindWords && tokens[k].IsWord && !AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, tokens[k]))
            && !ClauseOpeners.Contains(AttributionFinder.Word(text, tokens[k])))
        {
            k--;
        }
        return k;
    }

    // The registered body whose name ends at token last and opens the clause (after an article at most), or null.
    private static (int First, SourceMention Mention)? OpeningBody(string text, List<Token> tokens, int last, IReadOnlyList<SourceMention> mentions)
    {
        if (last < 0 || !tokens[last].IsWord)
        {
            return null;
        }
        foreach (var mention in AttributionFinder.MentionsEndingAt(mentions, tokens[last].End))
        {
            if (mention.Source is null)
            {
                continue;
            }
            var first = last;
            while (first > 0 && tokens[first].Start > mention.Start)
            {
                first--;
            }
            var before = KindBefore(text, tokens, first - 1);
            if (before >= 0 && tokens[before].IsWord && AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, tokens[before])))
            {
                before--;
            }
            if (before < 0 || (!tokens[before].IsWord && text[tokens[before].Start] is ',' or '—')
                || (tokens[before].IsWord && ClauseOpeners.Contains(AttributionFinder.Word(text, tokens[before]))))
            {
                return (first, mention);
            }
        }
        return null;
    }
}
