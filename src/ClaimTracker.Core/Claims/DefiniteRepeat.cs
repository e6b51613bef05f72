namespace ClaimTracker.Core.Claims;

/// <summary>
/// A figure repeated with "the" points back to the count that first gave it: after "about 600 North Korean soldiers
/// have been killed … and another 4,100 wounded", "about half of the 4,100 wounded had been flown home" counts the
/// same North Koreans. A count with no nationality whose number follows "the" takes the people of the latest earlier
/// count of the same value that has them. Golden case: the_figure_repeated_keeps_its_people.
/// </summary>
internal static class DefiniteRepeat
{
    public static void Carry(string text, List<ClaimDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Nationalities.Count > 0 || draft.Number.Value is not { } value || !AfterThe(text, draft.Number.Start))
            {
                continue;
            }
            for (var j = i - 1; j >= 0; j--)
            {
                if (drafts[j].Number.Value == value && drafts[j].Nationalities.Count > 0)
                {
                    draft.Nationalities = drafts[j].Nationalities;
                    draft.Noun = drafts[j].Noun;
                    draft.Military = drafts[j].Military;
                    break;
                }
            }
        }
    }

    internal static bool AfterThe(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        return end >= 4 && text.AsSpan(end - 3, 3).Equals("the", StringComparison.OrdinalIgnoreCase) && !char.IsLetter(text[end - 4]);
    }
}
