using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Hamas released three more hostages on Thursday …, and Israel freed 110 Palestinian prisoners in return, the Israel
/// Prison Service said": when the last conjunct of a sentence opens with a country named as an actor ("and Israel
/// freed") and the frame trailing it is a body of that same country, the body gives its own side's part; the earlier
/// conjunct, whose actor is the other side (a body or country of another country named before the figure), is not its
/// to report, so its figure is the writer's, and the frame speaks for its own clause only and opens no scope for the
/// sentences after it ("The first phase of the deal is meant to see 33 hostages go home" is the writer's again).
/// Exchanges and two-sided strikes in wire copy are written so (AP on the Gaza truce's exchanges: "Hamas freed … and
/// Israel released … prisoners, the prison service said"; the same shape with "while" in other wires). A frame of
/// another country's body, or a later conjunct whose subject is a count ("and 20 more were wounded, the UN said"),
/// still reaches back (golden cases a_trailing_frame_still_reaches_back, each_conjunct_keeps_its_own_speaker).
/// Unseen73 marshallindependent-briefs-north-korean-losses-bbc, once the Israel Prison Service was registered. Golden
/// case: the_other_sides_conjunct_is_not_the_frames.
/// </summary>
internal static class OtherSidesConjunct
{
    private static readonly WordSet Coordinators = WordLists.Set("clauseCoordinators");

    /// <summary>
    /// Where the frame's own conjunct opens (the comma before "and"), when the sentence's only frame trails a later
    /// conjunct of its own country's actor after a conjunct of another side's; else -1.
    /// </summary>
    public static int Opening(string text, List<Attributor>? own, IReadOnlyList<SourceMention> mentions, Sentence sentence)
    {
        if (own is not { Count: 1 } || own[0].Source?.Country is not { } country)
        {
            return -1;
        }
        var frameStart = Math.Min(own[0].Start, own[0].Position);
        if (frameStart <= sentence.Start || !ConjunctsOwnSpeaker.CommaBefore(text, frameStart))
        {
            return -1;
        }
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, frameStart, tokens);
        for (var i = tokens.Count - 3; i >= 1; i--)
        {
            if (!tokens[i - 1].IsWord && text[tokens[i - 1].Start] == ',' && tokens[i].IsWord && Coordinators.Contains(Word(text, tokens[i]))
                && ActorOf(text, tokens, i + 1) == country)
            {
                var opening = tokens[i - 1].Start;
                return OtherSideBefore(text, tokens, mentions, sentence.Start, opening, country) ? opening : -1;
            }
        }
        return -1;
    }

    // "and Israel freed": a country named by its own name (not "Israeli strikes", not "Israelis") and a lower-case verb after it.
    private static string? ActorOf(string text, List<Token> tokens, int at)
    {
        if (at >= tokens.Count || Nationality.At(text, tokens, at) is not { } n || !PeopleNamedAsSuch.IsCountrysName(text, tokens, at, n))
        {
            return null;
        }
        var next = at + n.Tokens;
        return next < tokens.Count && tokens[next].IsWord && char.IsLower(text[tokens[next].Start]) ? n.Nationality.Country : null;
    }

    // The earlier conjunct names a body or a country of another side.
    private static bool OtherSideBefore(string text, List<Token> tokens, IReadOnlyList<SourceMention> mentions, int from, int to, string country)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.End <= to && mention.Source?.Country is { } other && other != country)
            {
                return true;
            }
        }
        for (var k = 0; k < tokens.Count && tokens[k].End <= to; k++)
        {
            if (Nationality.At(text, tokens, k) is { } n && n.Nationality.Country != country && PeopleNamedAsSuch.IsCountrysName(text, tokens, k, n))
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
