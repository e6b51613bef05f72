using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "… the territory's Health Ministry said. Israel's military said it struck dozens of militant targets. ¶ Thirteen of
/// the latest bodies were taken to Nasser Hospital": bodies brought to a hospital are the hospital's intake, which an
/// army never counts, so an army carried from the sentence before does not take them (the writer's, or the hospital's
/// when its own sentence says so). AP's Gaza copy puts the army's line on its strikes between the ministry's toll and
/// the hospitals' intake. The sentence must hold a body noun (attribution.json <c>hospitalBodyNouns</c>), a moving verb
/// (<c>hospitalMoveVerbs</c>) and, within a few words after it, a hospital word (metrics.json <c>intakeHospitals</c>,
/// attribution.json <c>hospitalMorgueWords</c>). Golden case: bodies_taken_to_a_hospital_are_no_armys_count; Unseen49
/// latimes-gaza-aid-sites-warning-shots.
/// </summary>
internal static class BodiesAtHospital
{
    // "taken to Nasser Hospital", "brought to hospitals across Gaza", "taken to the al-Aqsa Martyrs Hospital morgue".
    private const int Reach = 5;
    private static readonly WordSet Bodies = WordLists.Set("hospitalBodyNouns");
    private static readonly WordSet Moves = WordLists.Set("hospitalMoveVerbs");
    private static readonly WordSet Hospitals = WordLists.Set("intakeHospitals");
    private static readonly WordSet Morgues = WordLists.Set("hospitalMorgueWords");

    /// <summary>Whether a figure of <paramref name="sentence"/> is a hospital's intake of bodies and <paramref name="carried"/> an army.</summary>
    public static bool ArmyCarried(string text, Sentence sentence, SourceDefinition? carried) =>
        carried is { Kind: SourceKind.Military } && Holds(text, sentence);

    /// <summary>Whether the sentence says bodies were brought or taken to a hospital.</summary>
    public static bool Holds(string text, Sentence sentence)
    {
        var sawBodies = false;
        var sinceMove = -1;
        var p = sentence.Start;
        while (p < sentence.End)
        {
            while (p < sentence.End && !char.IsLetter(text[p]))
            {
                p++;
            }
            var start = p;
            while (p < sentence.End && char.IsLetter(text[p]))
            {
                p++;
            }
            var word = text.AsSpan(start, p - start);
            if (sinceMove >= 0 && (Hospitals.Contains(word) || Morgues.Contains(word)))
            {
                return true;
            }
            sinceMove = sinceMove >= 0 && sinceMove < Reach ? sinceMove + 1 : -1;
            sawBodies |= Bodies.Contains(word);
            if (sawBodies && Moves.Contains(word))
            {
                sinceMove = 0;
            }
        }
        return false;
    }
}
