namespace ClaimTracker.Core.Claims;

/// <summary>
/// A side named right before a count whose people are that side's, though an earlier count of the sentence has other
/// people: the owner of a "whose" clause ("Russian forces have lost as many as 38,000 troops, among them North Korean
/// soldiers whose losses reach up to 4,000", "North Korea, whose losses reach up to 4,000", "the North Koreans, whose
/// casualties reached 4,000": Unseen59 unn-zelensky), and a gapped list's second side ("Russia has lost up to 38,000
/// troops on Kursk front, North Koreans up to 4,000", the same article's headline). The count has no noun of its own,
/// so it took the earlier count's Russian troops (<see cref="ElidedNoun"/>, <see cref="BareCount"/>), or bare people
/// when there was none. The "whose" clause must hold a loss noun (counts.json <c>tollWords</c>: losses, casualties,
/// toll) within <see cref="ClauseReach"/> words of the count; the gapped side must be a nation's plural or a nation and
/// its force, right after a comma, with nothing but the hedge between it and the count. A country or a force owner
/// counts troops, as "Russia's losses" do; a people's plural keeps the earlier noun ("North Koreans up to 4,000" after
/// "38,000 troops"). Read in the verb group stage, before <see cref="NationalityBeforeCount"/>, only for a count
/// without a noun after "whose" or a comma, so other counts pay one token test. Golden cases:
/// the_owner_of_whose_losses_is_the_counted, a_gapped_sides_count_is_its_own, a_whose_clause_without_losses_keeps_the_count.
/// </summary>
internal sealed class SideNamedBeforeTheCount : CountPhraseRule
{
    public static readonly SideNamedBeforeTheCount Rule = new();

    // Words between "whose" and the count: "whose losses reach up to", "whose casualties have now reached".
    private const int ClauseReach = 5;

    private static readonly WordSet LossNouns = WordLists.Set("tollWords");
    private static readonly WordSet Forces = WordLists.Set("losingForces");
    private static readonly WordSet MilitaryNouns = WordLists.Set("militaryNouns");

    private SideNamedBeforeTheCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun >= 0 || phrase.TokenBefore <= phrase.PreviousBound + 1)
        {
            return true;
        }
        var side = WhoseOwner(reader, phrase) ?? GappedSide(reader, phrase);
        if (side is not { } found)
        {
            return true;
        }
        draft.Nationalities = [found.Adjective];
        if (found.Force && !draft.Military)
        {
            draft.Noun = "troops";
            draft.Military = true;
        }
        return true;
    }

    // "North Korean soldiers whose losses reach up to 4,000": "whose", a loss noun, then the count.
    private static (string Adjective, bool Force)? WhoseOwner(PeopleCountReader reader, CountPhrase phrase)
    {
        var stop = Math.Max(phrase.PreviousBound + 1, phrase.QualifierFirst - ClauseReach - 1);
        for (var w = phrase.QualifierFirst - 2; w >= stop; w--)
        {
            if (!reader.Tokens[w].IsWord)
            {
                return null;
            }
            if (reader.Is(w, "whose"))
            {
                return reader.IsIn(w + 1, LossNouns) ? Owner(reader, w - 1, phrase.PreviousBound) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the count follows a gapped list's second side (", North Koreans up to 4,000"), which leaves the earlier
    /// count's noun out as a comma list does (read by <see cref="ElidedNoun"/>).
    /// </summary>
    public static bool Gapped(PeopleCountReader reader, CountPhrase phrase) =>
        phrase.Noun < 0 && phrase.TokenBefore > phrase.PreviousBound + 1 && GappedSide(reader, phrase) is not null;

    // ", North Koreans up to 4,000": a comma or "and", a nation's plural or a nation and its force, then the hedged count.
    private static (string Adjective, bool Force)? GappedSide(PeopleCountReader reader, CountPhrase phrase)
    {
        if (phrase.Previous is null)
        {
            return null;
        }
        var end = phrase.QualifierFirst - 1;
        var force = reader.IsIn(end, MilitaryNouns);
        var last = force ? end - 1 : end;
        for (var s = Math.Max(phrase.PreviousBound + 2, last - 2); s <= last; s++)
        {
            if (reader.Nationalities.At(s) is { } n && s + n.Tokens - 1 == last && s >= 1 && JoinsAList(reader, s - 1)
                && (force || Plural(reader, last, n.Nationality)))
            {
                return (n.Nationality.Adjective, false);
            }
        }
        return null;
    }

    // A comma or "and" before the second side: "…, North Koreans up to 4,000", "… and North Koreans about 4,000".
    private static bool JoinsAList(PeopleCountReader reader, int k) =>
        reader.Is(k, "and") || (!reader.Tokens[k].IsWord && reader.Text[reader.Tokens[k].Start] == ',');

    // The owner ending at token k, past a comma: "North Korea", "the North Koreans", "North Korean soldiers".
    private static (string Adjective, bool Force)? Owner(PeopleCountReader reader, int k, int bound)
    {
        if (k > bound && !reader.Tokens[k].IsWord && reader.Text[reader.Tokens[k].Start] == ',')
        {
            k--;
        }
        if (k <= bound || !reader.Tokens[k].IsWord)
        {
            return null;
        }
        var force = reader.IsIn(k, Forces) || reader.IsIn(k, MilitaryNouns);
        var last = force ? k - 1 : k;
        for (var s = Math.Max(bound + 1, last - 2); s <= last; s++)
        {
            if (reader.Nationalities.At(s) is { } n && s + n.Tokens - 1 == last)
            {
                // A country's losses are its army's ("Russia's losses"); a people's plural keeps the count's noun.
                return (n.Nationality.Adjective, force || !Plural(reader, last, n.Nationality));
            }
        }
        return null;
    }

    // "North Koreans", "Ukrainians": the people's plural, not the country or the bare adjective.
    private static bool Plural(PeopleCountReader reader, int last, Nationality nation)
    {
        var word = reader.Word(last);
        return word.Length > 1 && word[^1] is 's' && !nation.Adjective.EndsWith(word, StringComparison.OrdinalIgnoreCase)
            && nation.Adjective.EndsWith(word[..^1], StringComparison.OrdinalIgnoreCase);
    }
}
