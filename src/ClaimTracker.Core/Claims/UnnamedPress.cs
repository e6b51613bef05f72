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
    private static readonly WordSet AgencyHeads = WordLists.Set("newsAgencyHeads");
    private static readonly WordSet AgencyModifiers = WordLists.Set("newsAgencyModifiers");

    /// <summary>Whether the speaker phrase over tokens <paramref name="first"/>..<paramref name="last"/> is such press.</summary>
    public static bool Is(string text, List<Token> tokens, int first, int last) =>
        IsPress(Word(text, tokens[last])) && OnlyModifiers(text, tokens, first, last) || FromAPlace(text, tokens, first, last) || IsNationsAgency(text, tokens, first, last);

    /// <summary>
    /// Whether the speaker's words are "reports from" a place and the registry name in them (<paramref name="named"/>)
    /// is that place alone ("other reports from Seoul suggested": Seoul's government did not speak; Unseen42 arirang).
    /// </summary>
    public static bool ComeFrom(string text, List<Token> tokens, int first, int last, string named) =>
        Nationality.OfPhrase(named) is not null && FromAPlace(text, tokens, first, last);

    /// <summary>
    /// "Lebanon's state news agency said", "Sudan's official news agency": a nation's agency the registry does not
    /// name (it names TASS and KCNA by their own aliases) is an outlet of its own, not a body of the nation's state
    /// carried from before (Unseen42 bbc-live: the Lebanese Health Ministry). Words as data (speakers.json
    /// <c>newsAgencyHeads</c>, <c>newsAgencyModifiers</c>); a nationality must be among them, so "the state news agency"
    /// keeps pointing back as it did.
    /// </summary>
    private static bool IsNationsAgency(string text, List<Token> tokens, int first, int last)
    {
        if (last - first < 2 || !AgencyHeads.Contains(text.AsSpan(tokens[last - 1].Start, tokens[last].End - tokens[last - 1].Start)))
        {
            return false;
        }
        var nation = false;
        for (var k = first; k < last - 1; k++)
        {
            if (Nationality.At(text, tokens, k) is { } n)
            {
                (nation, k) = (true, k + n.Tokens - 1);
            }
            else if (tokens[k].IsWord && !AgencyModifiers.Contains(Word(text, tokens[k])) && !Possessive(text, tokens, k))
            {
                return false;
            }
        }
        return nation;
    }

    // The "s" of "Lebanon's" where the apostrophe splits it from the name.
    private static bool Possessive(string text, List<Token> tokens, int k) =>
        k > 0 && !tokens[k - 1].IsWord && text[tokens[k - 1].Start] is '\'' or '’' && Word(text, tokens[k]).Equals("s", StringComparison.OrdinalIgnoreCase);

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
