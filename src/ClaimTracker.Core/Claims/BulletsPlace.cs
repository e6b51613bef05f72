namespace ClaimTracker.Core.Claims;

/// <summary>
/// "- Two men killed and eight injured in a drone attack on Odesa", "- Four injured in Kyiv": a live page's summary
/// bullet digests one entry, but a daily roundup gives the same small figure in several entries ("eight injured" in
/// Kherson, in Odesa; "four" hurt in Kyiv, "four" taken to hospital in Odesa). The first body claim of the figure was
/// another place's, so the bullet took another region's speaker (Unseen69 novayagazeta-live). Of the body claims of
/// the bullet's figure, the first whose sentence names one of the bullet's capitalised words (its place, past the
/// bullet's first word) is the one it digests; with none, the first. Golden cases in <c>BulletsPlaceTests</c>.
/// </summary>
internal static class BulletsPlace
{
    /// <summary>The candidate the bullet digests: the first naming a capitalised word of the bullet, else the first; null when none.</summary>
    public static ClaimDraft? Choose(string text, List<Sentence> sentences, List<ClaimDraft> candidates, ClaimDraft bullet)
    {
        if (candidates.Count < 2)
        {
            return candidates.Count == 0 ? null : candidates[0];
        }
        var names = Names(Slice(text, sentences[bullet.Sentence]));
        return candidates.Find(c => names.Exists(n => NamesWord(Slice(text, sentences[c.Sentence]), n))) ?? candidates[0];
    }

    /// <summary>The capitalised words of a bullet past its first word ("Kyiv" in "Four injured in Kyiv").</summary>
    internal static List<string> Names(string bullet)
    {
        var words = bullet.Split([' ', ',', ';', ':', '.', '(', ')', '"', '-', '–'], StringSplitOptions.RemoveEmptyEntries);
        return [.. words.Skip(1).Where(w => w.Length > 2 && char.IsUpper(w[0])).Select(Bare).Distinct()];
    }

    // "Odesa's" is Odesa.
    private static string Bare(string word) => Possessive.Without(word);

    private static string Slice(string text, Sentence sentence) => text[sentence.Start..sentence.End];

    // A whole word, so "Kyiv" is not found in "Kyivan" nor "Sumy" in "Sumyshchyna".
    private static bool NamesWord(string sentence, string name)
    {
        for (var at = sentence.IndexOf(name, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetter(sentence[at - 1])) && (end == sentence.Length || !char.IsLetter(sentence[end]) || sentence[end] is '\'' or '’'))
            {
                return true;
            }
        }
        return false;
    }
}
