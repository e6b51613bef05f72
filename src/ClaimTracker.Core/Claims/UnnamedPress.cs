namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Russian media reported that …", "A British newspaper found that …", "Local outlets said …", "Reports from southern
/// Lebanon say …": the press of a nation or a place, named by no outlet, is a voice of its own that no registry can
/// hold. Read as vague it fell back to the body carried from before (the NIS, the UN, the dateline agency), and read
/// with its nation or place it became that country's government; the golds credit no source (Unseen38
/// interfax-yonhap-nis-more-troops-july-august, sudanevents-doctors-network-jebel-aulia-prisoners,
/// anews-aa-red-cross-four-lebanese-detainees). A press noun (populations.json <c>outletNouns</c>, speakers.json <c>unnamedPressHeads</c>) after nothing but
/// a nation and plain modifiers (<c>unnamedPressModifiers</c>), or "reports from" a place. Not "state media" or
/// "official Lebanese media": "state" is no plain modifier, and those are the state's registered outlet (KCNA in
/// Unseen6 and Unseen18). Not "reports from the past seven days": a time is no place, and such reports are the
/// speaker's own (Unseen17 unicef-ukraine-children-attacks). Golden case: a_nations_press_is_no_source.
/// </summary>
internal static class UnnamedPress
{
    private static readonly WordSet Outlets = WordLists.Set("outletNouns");
    private static readonly WordSet Heads = WordLists.Set("unnamedPressHeads");
    private static readonly WordSet Modifiers = WordLists.Set("unnamedPressModifiers");
    private static readonly WordSet Places = WordLists.Set("unnamedPressPlaceLeads");

    /// <summary>Whether the speaker phrase over tokens <paramref name="first"/>..<paramref name="last"/> is such press.</summary>
    public static bool Is(string text, List<Token> tokens, int first, int last) =>
        IsPress(Word(text, tokens[last])) && OnlyModifiers(text, tokens, first, last) || FromAPlace(text, tokens, first, last);

    private static bool OnlyModifiers(string text, List<Token> tokens, int first, int head)
    {
        for (var k = first; k < head; k++)
        {
            if (Nationality.At(text, tokens, k) is { } n)
            {
                k += n.Tokens - 1;
                continue;
            }
            if (!tokens[k].IsWord || !Modifiers.Contains(Word(text, tokens[k])))
            {
                return false;
            }
        }
        return true;
    }

    // "Reports from southern Lebanon": the phrase may have been cut to the place, so the press noun and "from" are
    // looked for just before it too; the place must be a nation's ("southern Lebanon", "the border region" is not).
    private static bool FromAPlace(string text, List<Token> tokens, int first, int last)
    {
        for (var h = Math.Max(0, first - 4); h + 2 <= last; h++)
        {
            if (IsPress(Word(text, tokens[h])) && Word(text, tokens[h + 1]).Equals("from", StringComparison.OrdinalIgnoreCase)
                && Math.Max(first, h + 2) is var p && PlaceFollows(text, tokens, p, last))
            {
                return true;
            }
        }
        return false;
    }

    private static bool PlaceFollows(string text, List<Token> tokens, int from, int last)
    {
        for (var k = from; k <= last; k++)
        {
            if (Nationality.At(text, tokens, k) is not null)
            {
                return true;
            }
            if (!tokens[k].IsWord || !(Places.Contains(Word(text, tokens[k])) || Modifiers.Contains(Word(text, tokens[k]))))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsPress(ReadOnlySpan<char> word) => Outlets.Contains(word) || Heads.Contains(word);

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
