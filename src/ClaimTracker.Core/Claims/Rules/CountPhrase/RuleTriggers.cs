using System.Collections.Frozen;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The count-phrase rules' preconditions (<see cref="RuleTrigger"/>, their lists in status.json) and
/// one map from each trigger word to the mask of the preconditions it meets, so a sentence's answer for all of them is
/// one look-up per word, taken once per sentence and only when a gated rule first asks
/// (<see cref="PeopleCountReader.Holds"/>).
/// </summary>
internal static class RuleTriggers
{
    // Each gated rule's name and the list naming the lists its branches open on (status.json <c>&lt;name&gt;TriggerLists</c>).
    private static readonly (string Name, WordSet Lists)[] Declared =
    [
        ("denial", WordLists.Set("denialTriggerLists")),
        ("statedPlan", WordLists.Set("statedPlanTriggerLists")),
        ("forecast", WordLists.Set("forecastTriggerLists")),
        ("dealProvision", WordLists.Set("dealProvisionTriggerLists")),
        ("agreedHandover", WordLists.Set("agreedHandoverTriggerLists")),
        ("inACondition", WordLists.Set("inAConditionTriggerLists")),
        ("endangeredPeople", WordLists.Set("endangeredPeopleTriggerLists")),
        ("listUnderAnAmongFrame", WordLists.Set("listUnderAnAmongFrameTriggerLists")),
        ("armySize", WordLists.Set("armySizeTriggerLists")),
        ("awaitedArrival", WordLists.Set("awaitedArrivalTriggerLists")),
        ("registeredToLeave", WordLists.Set("registeredToLeaveTriggerLists")),
        ("requestedCount", WordLists.Set("requestedCountTriggerLists")),
        ("populationInNeed", WordLists.Set("populationInNeedTriggerLists")),
        ("treatmentAbroad", WordLists.Set("treatmentAbroadTriggerLists")),
        ("takenHostage", WordLists.Set("takenHostageTriggerLists")),
    ];

    private static readonly Dictionary<string, RuleTrigger> ByName = Declared
        .Select((declared, bit) => new RuleTrigger(declared.Name, declared.Lists, bit))
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static readonly WordMap<ulong> Masks = BuildMasks();

    // Most words of a sentence are in no trigger list; the sieve turns them away before the map hashes them.
    private static readonly WordSieve Sieve = new(ByName.Values.SelectMany(t => t.Words));

    /// <summary>The precondition declared under <paramref name="name"/>; a name not declared here is a build mistake.</summary>
    public static RuleTrigger Of(string name) => ByName.TryGetValue(name, out var trigger)
        ? trigger
        : throw new InvalidOperationException($"The rule trigger '{name}' is not declared in RuleTriggers.");

    /// <summary>The mask of every precondition some word of the sentence meets.</summary>
    public static ulong In(PeopleCountReader reader)
    {
        var tokens = reader.Tokens;
        var met = 0UL;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && Sieve.MayContain(reader.Word(i)) && Masks.TryGetValue(reader.Word(i), out var mask))
            {
                met |= mask;
            }
        }
        return met;
    }

    private static WordMap<ulong> BuildMasks()
    {
        var masks = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        foreach (var trigger in ByName.Values)
        {
            foreach (var word in trigger.Words)
            {
                masks[word] = masks.GetValueOrDefault(word) | trigger.Mask;
            }
        }
        return new WordMap<ulong>(masks.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
