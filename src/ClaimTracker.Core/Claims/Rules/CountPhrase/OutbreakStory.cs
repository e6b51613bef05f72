namespace ClaimTracker.Core.Claims;

/// <summary>
/// Whether the text before a sentence names a disease (counts.json diseaseWords): an outbreak update names the illness
/// in its headline or lede and then counts "36 new cases" or "1,200 suspected cases" without repeating it (Sudan
/// Tribune's cholera story, Unseen78; Sudan War Monitor's "140 new cases had been recorded" after cholera named earlier in the sentence, Unseen37; health ministries'
/// daily outbreak bulletins). Read by <see cref="DiseaseCases"/> only for a case noun with a case modifier.
/// </summary>
internal static class OutbreakStory
{
    private static readonly WordSet Diseases = WordLists.Set("diseaseWords");

    public static bool NamedBefore(PeopleCountReader reader)
    {
        var text = reader.Text.AsSpan(0, Math.Min(reader.Sentence.Start, reader.Text.Length));
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }
            if (Diseases.Contains(text[start..i]))
            {
                return true;
            }
        }
        return false;
    }
}
