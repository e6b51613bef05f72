namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The monitor draws on news reports, official bodies and partners on the ground, and says its figures are a floor";
/// "testimonies from survivors who reached the camps in the Chadian area of Tine revealed the killing of more than
/// 200 people", after "the network said that": a reporting word read inside a noun or a clause ("news reports",
/// "… revealed") leaves a speaker that opens on a preposition ("on news", "of Tine") — the tail of a phrase about a
/// place, a time or a thing, never who speaks. When the sentence has another speaker, that tail is dropped, so the
/// sentence's figures and the "it" of the sentence after take the speaker the sentence does name (before, "on news"
/// was an unregistered speaker that "it has documented close to 51,200 deaths" continued). A sentence whose only
/// speaker is such a tail keeps it ("A woman from the village said", "one of the sources said": the head of the
/// phrase is the speaker, whom nothing else names), and so does a tail whose phrase opens on a speaker's word ("other
/// reports from Seoul", "one of the sources": attribution.json <c>vagueAttributors</c>, <c>attributorWords</c>), which
/// is cut short rather than wrong (golden case reports_from_a_capital_name_no_government). Words as data
/// (attribution.json <c>tailPrepositions</c>).
/// Unseen18 france24-sudan-acled-deadliest-month, Unseen74 okaz-sudan-doctors-network-200-killed-ethnic-north-darfur,
/// Unseen78 sudantribune-cholera-cases-exceed-51000-camps; golden cases
/// news_reports_name_no_speaker_before_it_continues_the_monitor, a_place_after_a_clause_is_no_speaker_beside_the_network.
/// </summary>
internal static class PrepositionalTail
{
    private static readonly WordSet Prepositions = WordLists.Set("tailPrepositions");

    /// <summary>Drops from <paramref name="found"/> the speakers that open on a preposition and name no body, when another speaker remains.</summary>
    public static void Drop(string text, List<Attributor> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        if (found.Count < 2 || !found.Exists(a => !IsTail(a)))
        {
            return;
        }
        found.RemoveAll(a => IsTail(a) && !AfterSpeakersWord(text, a.Start));
    }

    // "reports from Seoul", "one of the sources": the word before the preposition is a speaker's own.
    private static bool AfterSpeakersWord(string text, int start)
    {
        var (begin, end) = LongerBodysName.WordBefore(text, start);
        var word = text.AsSpan(begin, end - begin);
        return end > begin && (ClaimLexicon.VagueAttributors.Contains(word) || ClaimLexicon.AttributorWords.Contains(word));
    }

    /// <summary>Whether the speaker's words open on a preposition and name no registry body ("on news", "of Tine", "in August").</summary>
    public static bool IsTail(Attributor speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var text = speaker.Text.AsSpan().TrimStart();
        var space = text.IndexOf(' ');
        return speaker.Source is null && space > 0 && Prepositions.Contains(text[..space]);
    }
}
