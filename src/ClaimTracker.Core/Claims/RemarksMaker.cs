namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, the commander of U.S. Forces Korea told lawmakers on Thursday. Gen. Thomas Kellan made the remarks at a House
/// hearing …", "…, the army's chief of staff said. Lt. Gen. Mira Osei was speaking at a briefing": wire copy gives the
/// figures to an office in the lede and names its holder in the next sentence, which only says he made the remarks.
/// The quotes below then carry his surname alone ("Kellan said"), which no earlier speaker had: the name that opens the
/// "made the remarks" sentence is the holder of the office that spoke in the sentence before, so its surname is learnt
/// with that speaker's body (<see cref="SurnameSpeaker"/>). Only a sentence of its own with no speaker, opening with
/// the name, right after a sentence whose speaker is credited. Words as data (attribution.json
/// <c>remarksMakerPredicates</c>). Met in Yonhap's and KBS's hearing reports (Unseen75 yonhap-house-armed-services).
/// Golden cases: the_officeholder_who_made_the_remarks, a_remarks_maker_after_no_credited_speaker (negative).
/// </summary>
internal static class RemarksMaker
{
    private static readonly WordSet Predicates = WordLists.Set("remarksMakerPredicates");

    // "Lt. Gen. Mira Osei", "Adm. Samuel Paparo": the name and its rank abbreviations, before the predicate.
    private const int LongestName = 6;

    // "made the remarks", "was speaking", "testified": predicates run one to three words.
    private const int LongestPredicate = 3;

    /// <summary>The capitalised name that opens <paramref name="sentence"/> and is said to have made the remarks, or null.</summary>
    public static string? Name(string text, Sentence sentence)
    {
        var words = text[sentence.Start..sentence.End].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length && i <= LongestName; i++)
        {
            if (i >= 2 && IsPredicate(words, i))
            {
                return string.Join(' ', words[..i]);
            }
            if (!IsNameWord(words[i]))
            {
                return null;
            }
        }
        return null;
    }

    // The words from i on open with one of the predicates ("made the remarks at …").
    private static bool IsPredicate(string[] words, int i)
    {
        var phrase = "";
        for (var k = i; k < words.Length && k - i < LongestPredicate; k++)
        {
            phrase = (phrase.Length == 0 ? "" : phrase + " ") + words[k].TrimEnd(',', '.', ';', ':').ToLowerInvariant();
            if (Predicates.Contains(phrase))
            {
                return true;
            }
        }
        return false;
    }

    // A capitalised word of letters, perhaps an abbreviated rank ("Gen.") or a hyphenated name ("Delgado-Marin").
    private static bool IsNameWord(string word) =>
        NameParticle.IsCapitalised(word) && word.TrimEnd('.').All(c => char.IsLetter(c) || c is '-' or '\'');
}
