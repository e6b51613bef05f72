namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israel's military regularly accuses Hamas of hiding in schools where thousands of Gazans have sought shelter, a
/// charge the Palestinian militant group denies": a speaker right before a denial word (status.json <c>denial</c>)
/// rejects what stands before it; the figures inside the charge are not its own. Read after the figure, the denier
/// took them as their speaker (Unseen59 thisisbeirut-afp: Hamas). It is never chosen as the figure's speaker after it,
/// and when nobody else in the sentence speaks, the figure is the writer's (the accused never speaks for the charge;
/// the accuser's "accuses" is no reporting frame). A denier still closes no scope it never opened. Golden cases:
/// a_charge_the_accused_denies_is_not_theirs, a_toll_the_army_denies_is_not_its_own; control
/// a_denial_before_the_figure_keeps_its_speaker.
/// </summary>
internal static class ChargeDenier
{
    /// <summary>Whether the word right after the speaker's words is a denial ("… the group denies", "… Moscow rejected").</summary>
    public static bool Denies(string text, Attributor a)
    {
        var end = a.End;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        var wordEnd = end;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        return ClaimLexicon.Denial.Contains(text.AsSpan(end, wordEnd - end));
    }

    /// <summary>Whether every speaker of the sentence after the figure at <paramref name="position"/> denies and none stands before it.</summary>
    public static bool OnlyDeniersAfter(string text, List<Attributor> own, int position)
    {
        foreach (var a in own)
        {
            if (a.Position < position || a.Start < position || !Denies(text, a))
            {
                return false;
            }
        }
        return own.Count > 0;
    }
}
