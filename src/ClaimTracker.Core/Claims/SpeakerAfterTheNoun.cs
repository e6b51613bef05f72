namespace ClaimTracker.Core.Claims;

/// <summary>
/// A speaker inserted right after a count's noun opens a relative clause with no "that": "the roughly 240 hostages Israel
/// says are held in Gaza" (Unseen53 tribune-who), "the 11,000 soldiers Seoul believes were sent", "the 2,000 fighters the
/// army says it has killed", "the 300 troops Kyiv claims to have captured", "the 59 hostages officials say remain". Wire
/// copy writes the figure so whenever the count is the object of another clause. The speaker is a country or capital
/// (nationalities.json), "the" and a body or officials ("the army", "the Israeli government", attribution.json
/// <c>anaphorNouns</c> and <c>attributorWords</c>), or a capitalised name ("Hamas"); a saying, believing, estimating or
/// claiming verb follows it (attribution.json <c>insertedSpeakerVerbs</c>: not every reporting verb, since "the 50
/// hostages Hamas released" is a deed done to them), then the clause's next word. The speaker is the count's source,
/// never its people's nation ("two wounded Israeli soldiers" describes them), and the clause after the verb gives their
/// fate (<see cref="SpokenFate"/>). Asked by <see cref="PeopleNounPhrase"/> and <see cref="SpokenFate"/>. Golden cases:
/// count_before_a_clause_the_speaker_inserts, fate_in_a_clause_the_speaker_inserts.
/// </summary>
internal static class SpeakerAfterTheNoun
{
    // "the Israeli defence ministry", "South Korean intelligence": at most four words name the speaker.
    private const int SpeakerWords = 4;

    private static readonly WordSet Verbs = WordLists.Set("insertedSpeakerVerbs");
    private static readonly WordSet Heads = WordLists.Set("anaphorNouns");
    private static readonly WordSet Modifiers = WordLists.Set("attributorWords");
    private static readonly WordSet Subjects = WordLists.Set("insertedClauseSubjects");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");

    /// <summary>Whether a speaker starting at token <paramref name="k"/> is followed by a saying verb.</summary>
    public static bool At(PeopleCountReader reader, int k, int nextBound) => Verb(reader, k, nextBound) >= 0;

    /// <summary>The saying verb's token when a speaker starts at <paramref name="k"/> and one follows it; else -1.</summary>
    public static int Verb(PeopleCountReader reader, int k, int nextBound)
    {
        var end = SpeakerEnd(reader, k, nextBound);
        return end > k && end + 1 < nextBound && reader.IsIn(end, Verbs) && reader.Tokens[end + 1].IsWord && char.IsLower(reader.Text[reader.Tokens[end + 1].Start])
            ? end
            : -1;
    }

    /// <summary>
    /// The first word of the fate clause after the noun at <paramref name="noun"/>: past the speaker, its verb, a subject
    /// pronoun or "to" ("it has killed", "to have captured") and auxiliaries; -1 when no speaker is inserted there.
    /// </summary>
    public static int FateStart(PeopleCountReader reader, int noun, int right)
    {
        var verb = noun < 0 ? -1 : Verb(reader, noun + 1, right);
        if (verb < 0)
        {
            return -1;
        }
        var j = verb + 1;
        while (j < right && (reader.IsIn(j, Subjects) || reader.IsIn(j, Auxiliaries)))
        {
            j++;
        }
        return j < right ? j : -1;
    }

    // The token after the speaker that starts at k, or k when none does: "the" at most once, then names, a nation, or
    // a body's words.
    private static int SpeakerEnd(PeopleCountReader reader, int k, int nextBound)
    {
        var i = reader.Is(k, "the") ? k + 1 : k;
        var limit = Math.Min(nextBound, i + SpeakerWords);
        var named = false;
        while (i < limit)
        {
            if (!reader.Tokens[i].IsWord)
            {
                // "Israel's military": the possessive's mark between the owner and its body.
                if (named && reader.Text[reader.Tokens[i].Start] is '\'' or '’')
                {
                    i++;
                    continue;
                }
                break;
            }
            if (Nationality.At(reader.Text, reader.Tokens, i) is { } n)
            {
                i += n.Tokens;
                named = true;
                continue;
            }
            var w = reader.Word(i);
            if (!(Heads.Contains(w) || (named && Modifiers.Contains(w)) || (char.IsUpper(w[0]) && !reader.Is(i, "the"))))
            {
                break;
            }
            i++;
            named = true;
        }
        return named ? i : k;
    }
}
