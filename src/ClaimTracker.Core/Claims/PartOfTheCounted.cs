namespace ClaimTracker.Core.Claims;

/// <summary>
/// "N of the soldiers" with no figure after "of" points back to soldiers the story has already counted: after "Around
/// 300 North Korean soldiers … have died", "Ukraine's special forces said they had killed 52 of the soldiers and wounded
/// 45" and "Ukraine's army chief said about 1,000 of the soldiers had been killed" count those North Koreans, not the
/// speaker's own men nor nobody's. Read last, once every other rule gave counts their people (the speaker's side, the sentence's country, the force a headline names). A count followed by "of the/those/these", at most two modifiers and a
/// military noun takes the people of the latest earlier military count that has them, a few paragraphs back at most;
/// counts later in its sentence that shared its people share the new ones ("and wounded 45"). A whole with its own
/// figure ("of the 11,000 troops") is <see cref="Partitive"/>'s. A count in a speaker's "who spoke of" clause points
/// back so too (<see cref="ObserversAside"/>). Golden cases: part_of_the_soldiers_already_counted,
/// an_observers_aside_counts_the_storys_force.
/// </summary>
internal static class PartOfTheCounted
{
    private const int ParagraphsBack = 3;

    private const int MaxModifiers = 2;

    private static readonly WordSet PointingBack = WordLists.Set("pointingBackDeterminers");

    public static void Carry(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (!(PointsBack(text, draft.Number.End) || ObserversAside.Holds(text, draft.Number.Start, draft.Number.End)) || Counted(sentences, drafts, i) is not { } counted
                || counted.Nationalities.SequenceEqual(draft.Nationalities))
            {
                continue;
            }
            var own = draft.Nationalities;
            for (var k = i; k < drafts.Count && drafts[k].Sentence == draft.Sentence; k++)
            {
                if (drafts[k].Noun == draft.Noun && drafts[k].Nationalities.SequenceEqual(own))
                {
                    drafts[k].Nationalities = counted.Nationalities;
                }
            }
        }
    }

    // The latest military count of an earlier sentence that names its people, within reach.
    private static ClaimDraft? Counted(List<Sentence> sentences, List<ClaimDraft> drafts, int i)
    {
        var sentence = drafts[i].Sentence;
        for (var j = i - 1; j >= 0; j--)
        {
            var before = drafts[j];
            if (sentences[sentence].Paragraph - sentences[before.Sentence].Paragraph > ParagraphsBack)
            {
                return null;
            }
            if (before.Sentence < sentence && before.Military && before.Nationalities.Count > 0)
            {
                return before;
            }
        }
        return null;
    }

    // " of the soldiers", " of those wounded troops": words only, the last a military noun.
    private static bool PointsBack(string text, int end)
    {
        var words = new List<string>();
        var i = end;
        while (words.Count < MaxModifiers + 3)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            if (i == start)
            {
                break;
            }
            // "of the Russian soldiers" names its own people.
            if (words.Count >= 2 && char.IsUpper(text[start]))
            {
                return false;
            }
            words.Add(text[start..i].ToLowerInvariant());
            if (words.Count >= 3 && ClaimLexicon.MilitaryNouns.Contains(words[^1]))
            {
                return words[0] == "of" && PointingBack.Contains(words[1]);
            }
        }
        return false;
    }
}
