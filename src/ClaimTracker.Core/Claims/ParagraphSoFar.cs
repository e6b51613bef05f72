namespace ClaimTracker.Core.Claims;

/// <summary>
/// The paragraph a count stands in, from its first line to the end of the count's sentence: where an earlier sentence
/// says what the count's people are (an outbreak's patients, a list of the dead). Words run over letters, digits and
/// hyphens, as the word lists spell them.
/// </summary>
internal static class ParagraphSoFar
{
    public static bool Names(PeopleCountReader reader, WordSet words)
    {
        var text = reader.Text;
        var end = reader.Sentence.End;
        var start = reader.Sentence.Start > 0 ? text.LastIndexOf('\n', reader.Sentence.Start - 1) + 1 : 0;
        for (var i = start; i < end;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var word = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }
            if (words.Contains(text.AsSpan(word, i - word)))
            {
                return true;
            }
        }
        return false;
    }
}
