namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The monthly toll broken down by region, as the mission listed it:" then "Donetsk Oblast: 58 killed, 190 injured.":
/// a line that ends in a colon introduces the list or table under it, so the speaker carried into it goes on to the
/// list's lines, though the lead-in names no speaker and no figure of its own (it is neither a heading that ends the
/// story's thread nor a paragraph that leaves it). Golden case: list_lines_under_a_lead_in_keep_the_speaker.
/// </summary>
internal static class ListLeadIn
{
    /// <summary>Whether the sentence ends in a colon, closing punctuation and spaces aside.</summary>
    public static bool Is(string text, Sentence sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '”' or '"' or ')'))
        {
            end--;
        }
        return end > sentence.Start && text[end - 1] == ':';
    }
}
