namespace ClaimTracker.Core.Claims;

/// <summary>
/// "N of the soldiers" with no figure after "of" points back to soldiers the story has already counted: after "Around
/// 300 North Korean soldiers … have died", "Ukraine's special forces said they had killed 52 of the soldiers and wounded
/// 45" and "Ukraine's army chief said about 1,000 of the soldiers had been killed" count those North Koreans, not the
/// speaker's own men nor nobody's. Read last, once every other rule gave counts their people (the speaker's side, the sentence's country, the force a headline names). A count followed by "of the/those/these", at most two modifiers and a
/// military noun takes the people of the latest earlier military count that has them, a few paragraphs back at most;
/// counts later in its sentence that shared its people share the new ones ("and wounded 45"). A whole with its own
/// figure ("of the 11,000 troops") is <see cref="Partitive"/>'s. A count in a speaker's "who spoke of" clause points
/// back so too (<see cref="ObserversAside"/>), and so does a fighter's "we counted 27 of their bodies" (<see cref="TheirsCountedByUs"/>). Golden cases: part_of_the_soldiers_already_counted,
/// an_observers_aside_counts_the_storys_force, part_of_a_force_counted_by_its_demonym.
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
            if (!(PointsBack(text, draft.Number.End) || ObserversAside.Holds(text, draft.Number.Start, draft.Number.End)
                || TheirsCountedByUs.At(text, sentences[draft.Sentence], draft.Number.Start, draft.Number.End)) || Counted(text, sentences, drafts, i) is not { } counted
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
    private static ClaimDraft? Counted(string text, List<Sentence> sentences, List<ClaimDraft> drafts, int i)
    {
        var sentence = drafts[i].Sentence;
        for (var j = i - 1; j >= 0; j--)
        {
            var before = drafts[j];
            if (sentences[sentence].Paragraph - sentences[before.Sentence].Paragraph > ParagraphsBack)
            {
                return null;
            }
            if (before.Sentence < sentence && before.Nationalities.Count > 0 && (before.Military || NamedByDemonym(text, before)))
            {
                return before;
            }
        }
        return null;
    }

    // "about 3,800 of the roughly 12,000 North Koreans deployed … U.S. officials said around 1,000 of the soldiers": a
    // force counted by its demonym alone (its nation's adjective and "s" right after the figure, then a verb of sending:
    // SentAfter) reads as people, not soldiers, yet "the soldiers" after it are that force (Unseen76 nikkei). Recaps of
    // the Kursk deployment count the force so ("12,000 North Koreans were deployed", Unseen60 dw-explainer).
    // Golden case: part_of_a_force_counted_by_its_demonym.
    private static bool NamedByDemonym(string text, ClaimDraft before)
    {
        var adjective = before.Nationalities[0];
        var start = before.Number.End;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }
        var end = start + adjective.Length + 1;
        return before.Nationalities.Count == 1 && end <= text.Length && text.AsSpan(start, adjective.Length).SequenceEqual(adjective) && text[end - 1] == 's'
            && (end == text.Length || !char.IsLetter(text[end])) && SentAfter(text, end);
    }

    // "North Koreans deployed", "North Koreans were sent": a verb of sending within two words after the demonym makes
    // the people a force. "25,490 Palestinians had been killed" (a ministry's toll, Unseen20 timesofisrael) is no force,
    // and "eight of the reservists" later goes back past it to the soldiers counted before.
    private static bool SentAfter(string text, int i)
    {
        for (var words = 0; words < 2; words++)
        {
            var start = NextWord(text, ref i);
            if (i == start)
            {
                return false;
            }
            if (ClaimLexicon.Deployed.Contains(text.AsSpan(start, i - start)))
            {
                return true;
            }
        }
        return false;
    }

    // The start of the word after the spaces at <paramref name="i"/>; <paramref name="i"/> moves to its end (no word: start == i).
    private static int NextWord(string text, ref int i)
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
        return start;
    }

    // " of the soldiers", " of those wounded troops": words only, the last a military noun. The words are read in place
    // (their bounds kept, each lowered only where it is not already lower-case ASCII): a list of lowered copies made for
    // every count was ~3 % of the extractor's allocation (branch `speed27`).
    internal static bool PointsBack(string text, int end)
    {
        var count = 0;
        var (firstStart, firstEnd, secondStart, secondEnd) = (0, 0, 0, 0);
        var i = end;
        while (count < MaxModifiers + 3)
        {
            var start = NextWord(text, ref i);
            if (i == start)
            {
                break;
            }
            // "of the Russian soldiers" names its own people.
            if (count >= 2 && char.IsUpper(text[start]))
            {
                return false;
            }
            (firstStart, firstEnd) = count == 0 ? (start, i) : (firstStart, firstEnd);
            (secondStart, secondEnd) = count == 1 ? (start, i) : (secondStart, secondEnd);
            count++;
            if (count >= 3 && ClaimLexicon.MilitaryNouns.Contains(Lowered(text, start, i)))
            {
                return Lowered(text, firstStart, firstEnd).SequenceEqual("of") && PointingBack.Contains(Lowered(text, secondStart, secondEnd));
            }
        }
        return false;
    }

    // The word as ToLowerInvariant gives it: a word of lower-case ASCII is its own lowering, so it is not copied.
    private static ReadOnlySpan<char> Lowered(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        return System.Text.Ascii.IsValid(word) && !word.ContainsAnyInRange('A', 'Z') ? word : word.ToString().ToLowerInvariant();
    }
}
