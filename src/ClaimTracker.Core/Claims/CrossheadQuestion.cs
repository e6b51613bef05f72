namespace ClaimTracker.Core.Claims;

/// <summary>
/// "What the numbers say", "What the evidence says": a crosshead that opens with a question word names the section's
/// theme, not a speaker, so an unregistered "the numbers" in it must not be carried over the paragraphs under it as if
/// they had spoken (it displaced a dashboard's own voice, Unseen86 iawatch-sudan-acled-conflict-data-dashboard; the
/// same crosshead shape in Unseen65 skynews-european-hospital-strike-evidence-jabalia). A registered body in such a
/// heading ("What Lebanon says") still opens its section. Golden case: a_question_crosshead_is_no_speaker.
/// </summary>
internal static class CrossheadQuestion
{
    private static readonly WordSet QuestionWords = new("what", "how", "why");

    /// <summary>Whether the speaker is unregistered and stands in a heading opening with a question word.</summary>
    public static bool Is(string text, Sentence sentence, Attributor speaker)
    {
        if (!sentence.IsHeading || speaker.Source is not null)
        {
            return false;
        }
        var words = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimStart();
        var space = words.IndexOf(' ');
        return space > 0 && QuestionWords.Contains(words[..space]);
    }
}
