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
        // Asked of every sentence with no speaker after a credited one: the words are read in place, and a string is made
        // only for a name found.
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        Span<int> starts = stackalloc int[Window];
        Span<int> lengths = stackalloc int[Window];
        var count = 0;
        foreach (var word in new SpacedWords(span))
        {
            if (count == Window)
            {
                break;
            }
            span.Overlaps(word, out starts[count]);
            lengths[count++] = word.Length;
        }
        for (var i = 0; i < count && i <= LongestName; i++)
        {
            if (i >= 2 && IsPredicate(span, starts[i..count], lengths[i..count]))
            {
                var name = new string[i];
                for (var k = 0; k < i; k++)
                {
                    name[k] = span.Slice(starts[k], lengths[k]).ToString();
                }
                return string.Join(' ', name);
            }
            if (!IsNameWord(span.Slice(starts[i], lengths[i])))
            {
                return null;
            }
        }
        return null;
    }

    // The name, then the longest predicate, then one word more: all that is read.
    private const int Window = LongestName + LongestPredicate + 1;

    // "delivered the remarks": the longest predicate the list may hold; a longer phrase is none.
    private const int PhraseLength = 48;

    // The words from the first on open with one of the predicates ("made the remarks at …").
    private static bool IsPredicate(ReadOnlySpan<char> span, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths)
    {
        Span<char> phrase = stackalloc char[PhraseLength];
        var length = 0;
        for (var k = 0; k < starts.Length && k < LongestPredicate; k++)
        {
            var word = span.Slice(starts[k], lengths[k]).TrimEnd(",.;:");
            if (length + 1 + word.Length > phrase.Length)
            {
                return false;
            }
            if (length > 0)
            {
                phrase[length++] = ' ';
            }
            word.CopyTo(phrase[length..]);
            length += word.Length;
            if (Predicates.Contains(phrase[..length]))
            {
                return true;
            }
        }
        return false;
    }

    // A capitalised word of letters, perhaps an abbreviated rank ("Gen.") or a hyphenated name ("Delgado-Marin").
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (!NameParticle.IsCapitalised(word))
        {
            return false;
        }
        foreach (var c in word.TrimEnd('.'))
        {
            if (!(char.IsLetter(c) || c is '-' or '\''))
            {
                return false;
            }
        }
        return true;
    }
}
