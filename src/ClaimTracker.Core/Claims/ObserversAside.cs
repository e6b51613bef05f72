namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count inside a relative clause on the person who gives it: "The gap with the estimate of a U.S. military official,
/// who spoke of several hundred casualties, …", "A Ukrainian intelligence officer, who spoke of roughly 1,500 dead,
/// said …", "A second U.S. official, who cited some 300 deaths". The clause reports what the speaker counted, not his
/// own people: the casualties are those of the force the story has been counting (the North Koreans of the sentence
/// before), so <see cref="PartOfTheCounted"/> gives them that force's people instead of the speaker's nationality.
/// The verb after "who" must report a figure (speakers.json <c>observersAsideVerbs</c>), nothing but words may stand
/// between it and the count, and a count that names its people ("300 Russian deaths") keeps them.
/// Golden case: an_observers_aside_counts_the_storys_force.
/// </summary>
internal static class ObserversAside
{
    // How far before the count the relative pronoun may stand: "who spoke of roughly".
    private const int Reach = 40;

    // Words after the count that may name its own people: "300 Russian deaths".
    private const int OwnWords = 2;

    private static readonly WordSet Verbs = WordLists.Set("observersAsideVerbs");

    /// <summary>Whether the count at <paramref name="start"/>..<paramref name="end"/> sits in a speaker's "who" clause.</summary>
    public static bool Holds(string text, int start, int end)
    {
        var from = Math.Max(0, start - Reach);
        var who = text.LastIndexOf(", who ", start, start - from, StringComparison.Ordinal);
        if (who < 0)
        {
            return false;
        }
        var between = text[(who + 6)..start];
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && Verbs.Contains(words[0]) && !between.Any(c => c is ',' or '.' or ';' or '"' or ':')
            && !OwnPeopleNamed(text, end);
    }

    private static bool OwnPeopleNamed(string text, int end)
    {
        var i = end;
        for (var w = 0; w < OwnWords; w++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            if (i >= text.Length || !char.IsLetter(text[i]))
            {
                return false;
            }
            if (char.IsUpper(text[i]))
            {
                return true;
            }
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
        }
        return false;
    }
}
