using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Governor Serdiuk first reported four dead, then said rescuers had pulled another body out. Three of the wounded
/// were in surgery, he said"; "The State Emergency Service said … Savchuk declared a day of mourning. '…21 dead,' he
/// said": "he" or "she" is a person, so it continues a speaker named as one (a name, a title, a spokesman), never a
/// body carried from further back ("the State Emergency Service") nor a plural crowd ("rescuers", "officials") that
/// spoke in the sentence before.
/// "…, Oleh Syniehubov, head of the … Military Administration, said, citing the latest information. Nineteen people
/// were wounded, he said": what the speaker cited without naming anyone is no one "he" can continue.
/// Golden cases: he_is_no_crowd_that_spoke_nearer, he_is_no_body_carried, he_is_not_what_the_speaker_cited.
/// </summary>
internal static class PersonalPronounSpeaker
{
    private static readonly WordSet Personal = new("he", "she");
    private static readonly WordSet BodyHeads = WordLists.Set("bodyNounsBeforeIt");
    private static readonly WordSet UnregisteredBodies = WordLists.Set("unregisteredBodyNouns");

    /// <summary>Whether the pronoun is "he" or "she".</summary>
    /// <remarks>Also why a place the sentence moves to does not move "he" or "she" (AnaphorResolver, branch source72):
    /// "Another 1,200 were being trained in the Russian Far East, he added", "in the Sudanese city of El Obeid, she
    /// said" set the counted's place, and a country's body there is no person the pronoun can continue; before, the
    /// pronoun resolved to that country's body named "he", i.e. to nobody (golden cases
    /// he_is_not_the_country_of_the_place_named, she_is_not_the_country_of_the_city_named; control
    /// he_after_a_body_reads_the_same_with_a_place: right after a body's sentence "he" reads that body, as it did with no place).</remarks>
    public static bool IsPersonal(string pronoun) => Personal.Contains(pronoun);

    /// <summary>
    /// The last attributor of the sentence before, <paramref name="said"/>, that is no plural crowd, or null. A body there
    /// is kept: "Lee quoted the agency as saying. …, he said" relays the agency.
    /// </summary>
    public static Attributor? Last(List<Attributor> said)
    {
        for (var a = said.Count - 1; a >= 0; a--)
        {
            if (!IsCrowd(said[a].Text) && !IsUnnamedCitation(said[a]))
            {
                return said[a];
            }
        }
        return null;
    }

    /// <summary>
    /// Whether "he" or "she" can stand for a speaker named further back by <paramref name="words"/> ("Budanov", "an army
    /// spokesman"): not a body by its name ("the State Emergency Service"), not a plural crowd.
    /// </summary>
    public static bool Fits(string words) => NamesNoBody(words) && !IsCrowd(words);

    /// <summary>
    /// Whether the speaker is a news outlet by its own name ("Reuters", "the BBC"): no "he" or "she". A feature's
    /// reporter says what the outlet did ("Reuters interviewed more than 20 soldiers", "spoke to AFP"), then lets an
    /// unnamed officer or nurse speak ("Another commander in the 59th described the assaults. '…,' he said"): the
    /// pronoun is that person, of no registry body, and the outlet, the last name before it, read the officer's
    /// figures as Reuters's own (Unseen76 reuters-59th-brigade). Golden cases: she_is_no_outlet_named_before,
    /// they_are_whom_the_outlet_interviewed.
    /// </summary>
    public static bool IsOutlet(SourceDefinition? source) => source is { Kind: SourceKind.Media };

    /// <summary>
    /// <see cref="Fits"/> for an attributor <see cref="Last"/> chose, which is no crowd already: only the body test is
    /// left to ask (<see cref="ResumedSpeaker.Heard"/> asks it of every sentence that has a speaker; branch `speed31`).
    /// </summary>
    public static bool LastFits(Attributor last) => NamesNoBody(last.Text);

    // Whether the words' head is no body's noun ("the State Emergency Service", "the office").
    private static bool NamesNoBody(string words)
    {
        var head = Head(words);
        return !BodyHeads.Contains(head) && !UnregisteredBodies.Contains(head);
    }

    // "citing the latest information", "citing preliminary data": the material relayed, named by no registry body.
    private static bool IsUnnamedCitation(Attributor a) => a.Cue == AttributorCue.Citing && a.Source is null;

    // "rescuers", "officials", "witnesses": many people, not one.
    private static bool IsCrowd(string words)
    {
        var head = Head(words);
        return !Personal.Contains(head) && head.Length > 3 && char.IsLower(head[0]) && head[^1] == 's' && head[^2] != 's';
    }

    private static ReadOnlySpan<char> Head(string words)
    {
        var span = words.AsSpan().Trim();
        return span[(span.LastIndexOf(' ') + 1)..];
    }
}
