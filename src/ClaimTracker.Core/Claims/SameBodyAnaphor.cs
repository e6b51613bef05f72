using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In a statement, the Sudan Doctors Network said … There was no immediate comment from the RSF. … Earlier this month,
/// the same group said five medics were killed": "the same" points back to a body that has spoken in the story, not to
/// the nearest body the noun could describe (the armed group named as the party blamed, or as giving no comment). A
/// body has spoken when a sentence's attributor resolved to it, or when a reporting verb (<c>reportingVerbs</c>) follows
/// its name within two words ("the Sudan Doctors Network said", "The Emergency Lawyers group said": a sentence with no
/// figure is never resolved, so its speaker is read from the text). The last such body before the anaphor that the
/// noun describes is taken. Words as data (attribution.json <c>sameBodyWords</c>); with no such body the usual rules
/// resolve the anaphor. Unseen52
/// wion-dilling-hospital-shelling; golden case the_same_group_is_the_body_that_spoke; <c>SameBodyAnaphorTests</c>.
/// </summary>
internal sealed class SameBodyAnaphor
{
    private static readonly WordSet Same = WordLists.Set("sameBodyWords");
    private readonly List<SourceDefinition> speakers = [];

    /// <summary>Remembers a speaker the story credited, most recent last.</summary>
    public void Spoke(SourceDefinition? source)
    {
        if (source is null)
        {
            return;
        }
        speakers.Remove(source);
        speakers.Add(source);
    }

    /// <summary>Whether <paramref name="source"/> is a speaker the story has credited so far.</summary>
    public bool HasSpoken(SourceDefinition source) => speakers.Contains(source);

    /// <summary>The last body before the anaphor that spoke and that "the same group" describes, or null.</summary>
    public SourceDefinition? Find(string text, Attributor anaphor, IReadOnlyList<SourceMention> mentions)
    {
        if (!SaysSame(anaphor.Text) && !SaysSame(WordBefore(text, anaphor.Start)))
        {
            return null;
        }
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].End <= anaphor.Start && mentions[k].Source is { } named && AnaphorFit.Describes(anaphor.Text, named)
                && (speakers.Contains(named) || SpeechFollows(text, mentions[k].End)))
            {
                return named;
            }
        }
        return null;
    }

    // The name walk hands over "group" alone from "the same group": the word before the anaphor's words.
    private static string WordBefore(string text, int start)
    {
        var (begin, end) = LongerBodysName.WordBefore(text, start);
        return text[begin..end];
    }

    // "the Sudan Doctors Network said", "The Emergency Lawyers group said": a reporting verb within two words of the name.
    public static bool SpeechFollows(string text, int end)
    {
        var words = 0;
        foreach (var word in new SpacedWords(text.AsSpan(end, Math.Min(40, text.Length - end))))
        {
            if (ClaimLexicon.ReportingVerbs.Contains(word.TrimEnd(".,;:")))
            {
                return true;
            }
            if (++words >= 3 || word.IndexOfAny(".,;:") >= 0)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether the words hold a "same" word before their head ("the same group", "this same network").</summary>
    public static bool SaysSame(string anaphor)
    {
        foreach (var word in new SpacedWords(anaphor))
        {
            if (Same.Contains(word))
            {
                return true;
            }
        }
        return false;
    }
}
