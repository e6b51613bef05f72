namespace ClaimTracker.Core.Claims;

/// <summary>
/// The men of a unit the story named earlier as a nation's: a feature on one unit names it once with its army ("the
/// foot soldiers of Ukraine's 59th Brigade", "a soldier from Ukraine's 67th Separate Mechanized Brigade") and then
/// counts its men with no nation, through the unit alone: "the several thousand men who were in the brigade", "His
/// company had 120 men when it arrived" (Unseen76 reuters-59th-brigade; the stored pages' AP and Sky News pieces on
/// Ukrainian brigades word their losses so: "his brigade was moved …", "of a group of 6,000 men"). The model: a count
/// of men or soldiers (people.json <c>unitMembers</c>) with no nation, in a sentence that names no people, that also
/// names a unit referred back to ("the brigade", "his company": <c>unitReferents</c> before a word of
/// <c>militaryUnits</c> or <c>referredUnits</c>); its nation is that of the nearest unit an earlier sentence gives an
/// owner (<see cref="UnitsOwnMen.Owner"/>: "Ukraine's 59th Brigade", "a Russian marine brigade"). Only a military unit
/// word sets the owner ("Ukraine's state railway company" owns no men). Bare counts that carry those men on from the
/// sentence before ("Fewer than 50 are left on the line. Eleven were killed") count the same men and take the nation too.
/// Read by <see cref="OwnPopulation"/>.
/// Golden cases: a_units_men_named_earlier, men_of_a_company_with_no_unit_named.
/// </summary>
internal static class UnitNamedEarlier
{
    private static readonly WordSet Members = WordLists.Set("unitMembers");
    private static readonly WordSet MilitaryUnits = WordLists.Set("militaryUnits");
    private static readonly WordSet ReferredUnits = WordLists.Set("referredUnits");
    private static readonly WordSet Referents = WordLists.Set("unitReferents");

    // How far back the count whose men a bare count carries may stand: "Fewer than 40 are left", "Eleven were killed".
    private const int SentencesBack = 2;

    /// <summary>The nation of the earlier-named unit whose men <paramref name="draft"/> counts, or null;
    /// <paramref name="tokens"/> are its sentence's and <paramref name="named"/> the peoples that sentence names.</summary>
    public static Nationality? Of(string text, SentenceTokens sentenceTokens, List<Token> tokens, ClaimDraft draft, List<(Nationality People, bool AsPlace)> named, List<ClaimDraft> drafts)
    {
        if (named.Count > 0 || !Members.Contains(draft.NounWord ?? draft.Noun))
        {
            return null;
        }
        if (ReferredTo(text, tokens))
        {
            return OwnerBefore(text, sentenceTokens, draft.Sentence);
        }
        // "His company had 90 men … Fewer than 40 are left on the line": a bare count that carried those men's noun
        // from the sentence before counts the same men. The count-phrase stage copied that count's nation before this
        // one gave it, so it is given here.
        // "Eleven were killed" after "Fewer than 40 are left" goes on from the same men through the count between.
        var carried = draft;
        for (var i = drafts.IndexOf(draft) - 1; i >= 0 && carried.NounWord is null; i--)
        {
            var before = drafts[i];
            if (before.Noun != carried.Noun || before.Sentence < carried.Sentence - SentencesBack || before.Nationalities.Count != 1)
            {
                return null;
            }
            if (Members.Contains(before.NounWord ?? before.Noun) && ReferredTo(text, sentenceTokens.Of(before.Sentence)))
            {
                return OwnerBefore(text, sentenceTokens, before.Sentence) is { } owner && owner.Adjective == before.Nationalities[0] ? owner : null;
            }
            carried = before;
        }
        return null;
    }

    // The owner of the nearest unit named with its nation in a sentence before sentence <paramref name="sentence"/>.
    private static Nationality? OwnerBefore(string text, SentenceTokens sentenceTokens, int sentence)
    {
        for (var s = sentence - 1; s >= 0; s--)
        {
            if (OwnedUnit(text, sentenceTokens.Of(s)) is { } owner)
            {
                return owner;
            }
        }
        return null;
    }

    // "the brigade", "his company": a unit word right after a word that points back to one already named.
    private static bool ReferredTo(string text, List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && tokens[i - 1].IsWord && (MilitaryUnits.Contains(Word(text, tokens[i])) || ReferredUnits.Contains(Word(text, tokens[i])))
                && Referents.Contains(Word(text, tokens[i - 1])))
            {
                return true;
            }
        }
        return false;
    }

    // The owner of the last military unit the sentence names with its nation, or null.
    private static Nationality? OwnedUnit(string text, List<Token> tokens)
    {
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            if (tokens[i].IsWord && MilitaryUnits.Contains(Word(text, tokens[i])) && UnitsOwnMen.Owner(text, tokens, i) is { } owner)
            {
                return owner;
            }
        }
        return null;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
