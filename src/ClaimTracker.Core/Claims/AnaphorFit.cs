using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Whether "the army", "the ministry" or "police" can point back to a given source. "The UN said … The army said":
/// the army is not the UN, so the UN is not carried over to it. Titles and people ("the spokesman", "officials")
/// fit any source.
/// </summary>
internal static class AnaphorFit
{
    private static readonly WordSet ArmedBodies = new("army", "military", "forces", "command", "navy", "troops", "staff", "junta");
    private static readonly WordSet IrregularBodies = new("rebels", "militants", "insurgents", "jihadists", "paramilitaries", "paramilitary", "militia", "militias");
    private static readonly WordSet StateArmies = new("army", "military", "navy");
    private static readonly WordSet ArmedGroups = WordLists.Set("armedGroupSources");
    private static bool IsStateArmyOfGroup(ReadOnlySpan<char> head, SourceDefinition source) =>
        StateArmies.Contains(head) && ArmedGroups.Contains(source.Name);

    private static readonly WordSet Civil = new("government", "administration", "authorities");
    private static readonly WordSet OfficialTitles = WordLists.Set("officialTitleHeads");
    private static readonly WordSet StateBodies = new("ministry", "government", "administration", "department", "police", "authorities");
    private static readonly WordSet Ministries = new("ministry", "department");

    // "the emergency service", "the service", "the civil defence": a state's civil-protection body, found as "the
    // ministry" is (speakers.json stateServiceHeads; golden case: the_emergency_service_is_the_states).
    private static readonly WordSet ServiceHeads = WordLists.Set("stateServiceHeads");

    // "Hezbollah says its fighters ambushed … There was no comment from the military": a state's army is not the armed
    // group carried over (Golden cases: the_army_is_no_armed_group_carried, the_military_is_no_armed_groups_wing). Nor is
    // it the health ministry carried from the toll before ("the ministry said … according to the army": Unseen65
    // almayadeen-sarafand-strike-soldiers-toll, Unseen66 ifpnews-sarafand-army-centre-four-soldiers; golden case
    // the_army_after_the_health_ministry_is_the_army).
    private static bool FitsArmedBody(ReadOnlySpan<char> head, SourceDefinition source) =>
        source.Kind is SourceKind.Military or SourceKind.Government or SourceKind.Official && !IsStateArmyOfGroup(head, source)
        && !StatesHealthMinistry.NamesAHealthMinistry(source.Name);

    public static bool Fits(string attributorText, SourceDefinition source)
    {
        ArgumentNullException.ThrowIfNull(attributorText);
        ArgumentNullException.ThrowIfNull(source);
        var head = HeadNoun(attributorText);
        if (RegionTitles.Contains(head) || RescueServiceAnaphor.Misses(attributorText, source))
        {
            return RegionTitles.Contains(head) && IsRegion(source);
        }
        if (IrregularBodies.Contains(head))
        {
            // "The rebels said", "the militants claimed": an armed group, never the UN or a government carried over.
            return source.Kind is SourceKind.Military or SourceKind.Other;
        }
        if (head.Equals("unit", StringComparison.OrdinalIgnoreCase))
        {
            // "The unit says" after "Ukraine's Special Operations Forces": a military formation, never a government
            // or the White House named nearer (golden case special_operations_forces_and_the_unit).
            return source.Kind is SourceKind.Military;
        }
        if (ArmedBodies.Contains(head))
        {
            return FitsArmedBody(head, source);
        }
        if (Civil.Contains(head))
        {
            // "The government says" after the army spoke: a government is not an army; nor is it the health ministry
            // that gave the toll before ("according to the government" after "the ministry says": golden case
            // the_government_is_not_the_ministry_carried).
            return head.Equals("government", StringComparison.OrdinalIgnoreCase)
                ? source.Kind is SourceKind.Official || (source.Kind is SourceKind.Government && Names(attributorText, source))
                : source.Kind is SourceKind.Government or SourceKind.Official;
        }
        if (StateBodies.Contains(head) || ServiceHeads.Contains(head))
        {
            // "The Israeli army said … according to the ministry's latest tally": a ministry is an army only when the
            // army's source is a ministry by name (a defence ministry), so the army carried does not take the tally
            // (Golden case: the_ministry_after_the_army_is_not_the_army).
            // "President Zelensky wrote … the number of dead had risen to 15, the ministry said": a ministry is no person
            // carried over (Golden case: a_ministry_is_no_president_carried; Unseen19 reuters-dobropillia-strike).
            // "the ministry's count" after "the civil defense agency said": a ministry is no civil defence or emergency
            // service carried over, only a body that calls itself a ministry or a government (golden case
            // the_ministrys_count_opens_the_sentence).
            // "according to the regional police" after the emergency service spoke: not that service (PoliceIsNoRescueService).
            return !PoliceIsNoRescueService.Holds(head, source) && ((source.Kind is SourceKind.Government && (!Ministries.Contains(head) || Names(attributorText, source) || Names("the government", source)))
                || source.Kind is SourceKind.Intelligence
                || (source.Kind is SourceKind.Official && !Ministries.Contains(head))
                || (source.Kind is SourceKind.Military && (!head.Equals("ministry", StringComparison.OrdinalIgnoreCase) || Names(attributorText, source))));
        }
        if (OwnNames.Contains(head))
        {
            return Names(attributorText, source);
        }
        if (Agencies.Contains(head) || Groups.Contains(head))
        {
            // "The Russian ministry said … according to the headquarters": an agency or a group is one the source is,
            // never a body of another kind carried over (Golden case: headquarters_reaches_back_past_the_ministry).
            return Describes(attributorText, source);
        }
        // "… an official told reporters, AFP reported. … the official said": the one quoted, never the relaying outlet
        // (speakers.json officialTitleHeads; golden case the_official_is_not_the_agency_that_relayed_him).
        return !OfficialTitles.Contains(head) || source.Kind is not SourceKind.Media;
    }

    /// <summary>
    /// "The General Staff", "the health ministry": an anaphor that says which body it is (two capitalised words, or a
    /// ministry of a kind), so a source carried over must carry its name, not merely be of its kind (Golden case:
    /// general_staff_is_not_the_air_force_carried).
    /// </summary>
    public static bool IsSpecific(string attributorText)
    {
        ArgumentNullException.ThrowIfNull(attributorText);
        if (!DomainWord(attributorText).IsEmpty)
        {
            return true;
        }
        var capitalised = 0;
        foreach (var range in attributorText.AsSpan().Split(' '))
        {
            var word = attributorText.AsSpan()[range];
            if (word.IsEmpty || word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!char.IsUpper(word[0]))
            {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2;
    }

    /// <summary>
    /// Whether "the group" can be the armed group <paramref name="source"/> ("two Hezbollah fighters were killed …, the group
    /// said"): a bare group head, not a medical or rights group, and a source the armed-group list names; a state army
    /// is no group (Unseen36 naharnet-wadi-al-kfour-syrian-family-strike).
    /// </summary>
    public static bool IsArmedGroup(string attributorText, SourceDefinition source)
    {
        ArgumentNullException.ThrowIfNull(attributorText);
        ArgumentNullException.ThrowIfNull(source);
        return Groups.Contains(HeadNoun(attributorText)) && !IsCivilGroup(attributorText) && ArmedGroups.Contains(source.Name);
    }

    /// <summary>"The government", "the authorities": a civil body, never an army carried over.</summary>
    public static bool IsCivil(string attributorText) => Civil.Contains(HeadNoun(attributorText ?? ""));

    /// <summary>
    /// Whether the source calls itself by the anaphor's head noun ("the army" → "Sudanese army", "Israeli army"): the
    /// stricter test for reaching back past the source just carried.
    /// </summary>
    public static bool Names(string attributorText, SourceDefinition source)
    {
        ArgumentNullException.ThrowIfNull(attributorText);
        ArgumentNullException.ThrowIfNull(source);
        var head = HeadNoun(attributorText);
        if (RegionTitles.Contains(head))
        {
            return IsRegion(source);
        }
        // "The agency said", "the network said": a body's own head noun, as "the army" is (Golden case: titled_spokesman_names_the_body).
        if (!ArmedBodies.Contains(head) && !StateBodies.Contains(head) && !IrregularBodies.Contains(head) && !Agencies.Contains(head) && !Groups.Contains(head)
            && !OwnNames.Contains(head) && !ServiceHeads.Contains(head))
        {
            return false;
        }
        // "service" alone is what is left of a name the walk cut short ("Israel's prison service"): it names nobody.
        if (ServiceHeads.Contains(head) && !attributorText.AsSpan().Trim().Contains(' '))
        {
            return false;
        }
        if (IsStateArmyOfGroup(head, source))
        {
            // "including 34 the military says are dead": a state's army, not "Hamas military wing" by one of its words.
            return false;
        }
        if (ServiceHeads.Contains(head) && (NamedModifierMissing(attributorText, source) || RescueServiceAnaphor.Misses(attributorText, source)))
        {
            return false;
        }
        var kind = DomainWord(attributorText);
        if (HasWord(source.Name, head, kind) || HasWord(source.FullName, head, kind))
        {
            return true;
        }
        foreach (var alias in source.Aliases)
        {
            if (HasWord(alias, head, kind) && !NarrowsTheAuthorities(alias, head, attributorText))
            {
                return true;
            }
        }
        return IsSpyService(kind, head, source);
    }

    private static readonly WordSet SpyDomains = WordLists.Set("spyDomainWords");

    // "The intelligence service said" after "The Security Service of Ukraine (SBU) said": the domain word says what kind
    // of body it is, which an intelligence body is whatever its name says ("Security Service"), as "the spy agency" is
    // the NIS. Only a domain head ("service", "agency"), so "intelligence officials" stay nobody's. Golden case:
    // the_intelligence_service_is_the_security_service_named.
    private static bool IsSpyService(ReadOnlySpan<char> kind, ReadOnlySpan<char> head, SourceDefinition source) =>
        source.Kind is SourceKind.Intelligence && !kind.IsEmpty && SpyDomains.Contains(kind) && DomainHeads.Contains(head);

    private static readonly WordSet CivilDomains = WordLists.Set("civilDomainWords");

    // "Lebanese health authorities" is the health ministry's alias, but a bare "the authorities" later is the state at
    // large, not the ministry reached back to (source37 lost Unseen13/14/23/26 rows that way): an alias that narrows
    // a civil head by its domain names only an anaphor that says the domain too (golden case:
    // health_authorities_are_the_ministry_the_authorities_are_not).
    private static bool NarrowsTheAuthorities(string alias, ReadOnlySpan<char> head, string attributorText)
    {
        if (!Civil.Contains(head))
        {
            return false;
        }
        foreach (var domain in CivilDomains.Words)
        {
            if (HasWord(alias, domain) && !HasWord(attributorText, domain))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly WordSet BodyWords = WordLists.Set("bodyWords");
    private static readonly WordSet DomainHeads = WordLists.Set("domainHeads");
    private static readonly WordSet DomainWords = WordLists.Set("domainWords");

    // "the interior ministry", "the spy agency", "the security service": the word that says which body of its head's
    // kind it is, which the source must share; else empty. A country's interior ministry is not its army because the
    // army's aliases say "defence ministry" (Golden: dateline_interior_ministry_is_not_the_army, Reporting
    // niger-mosque-attack); the spy agency is not a news agency (Golden: spy_agency_is_no_news_agency, Unseen10
    // yonhap-nis-third-dispatch).
    private static ReadOnlySpan<char> DomainWord(string text)
    {
        var span = text.AsSpan().TrimEnd();
        var space = span.LastIndexOf(' ');
        if (space < 0 || !DomainHeads.Contains(span[(space + 1)..]))
        {
            return [];
        }
        var before = span[..space].TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return BodyWords.Contains(word) || DomainWords.Contains(word) || (ServiceHeads.Contains(span[(space + 1)..]) && IsServicesKind(word)) ? word : [];
    }

    /// <summary>
    /// "By nightfall, the Civil Defence said" after "The Israeli military said": the service calls itself by a
    /// capitalised word of its own name before its head, so a body whose names lack that word is not it, though one of
    /// them shares the head ("Israel Defence Forces"). Before, the army spoken of last was taken over the civil defence
    /// named two sentences up. Golden case: the_civil_defence_named_after_the_army_is_not_the_army; control
    /// the_emergency_service_after_the_army_keeps_its_name (branch source81).
    /// </summary>
    private static bool NamedModifierMissing(string attributorText, SourceDefinition source)
    {
        var span = attributorText.AsSpan().Trim();
        var space = span.LastIndexOf(' ');
        if (space < 0 || !char.IsUpper(span[space + 1]))
        {
            return false;
        }
        var before = span[..space].TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        if (word.Length < 2 || !char.IsUpper(word[0]) || NoKind.Contains(word) || word.ContainsAny('\'', '’') || Nationality.Names(word))
        {
            return false;
        }
        if (HasWord(source.Name, word) || HasWord(source.FullName, word))
        {
            return false;
        }
        foreach (var alias in source.Aliases)
        {
            if (HasWord(alias, word))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly WordSet NoKind = new("the", "its", "a", "an", "state", "national");

    // "Israel's prison service" is no emergency medical service: any plain word before "service" says which service it
    // is and must be in the body's name (golden case: the_emergency_service_is_the_states).
    private static bool IsServicesKind(ReadOnlySpan<char> word) =>
        !word.IsEmpty && !NoKind.Contains(word) && char.IsLower(word[0]) && !word.ContainsAny('\'', '’');

    private static bool HasWord(string name, ReadOnlySpan<char> word, ReadOnlySpan<char> alsoWord) =>
        HasWord(name, word) && (alsoWord.IsEmpty || HasWord(name, alsoWord));

    /// <summary>
    /// Whether the anaphor's head noun describes the source closely enough to reach back to it over a nearer
    /// attributor: it names it ("the army" → "Malian army"), or it is the kind of body it is ("the group" → Human
    /// Rights Watch, "the agency" → the IOM). An agency that says which agency it is ("the civil defence agency") is
    /// only one whose name says so too, never the UN named two paragraphs up (Unseen54 anews-dpa-khan-younis; golden
    /// case the_civil_defence_agency_of_the_storys_place).
    /// </summary>
    public static bool Describes(string attributorText, SourceDefinition source)
    {
        ArgumentNullException.ThrowIfNull(attributorText);
        ArgumentNullException.ThrowIfNull(source);
        var head = HeadNoun(attributorText);
        return Names(attributorText, source)
            || (Groups.Contains(head) && (source.Kind is SourceKind.Ngo or SourceKind.Other || (source.Kind is SourceKind.Military && !IsCivilGroup(attributorText))))
            || (Agencies.Contains(head) && DomainWord(attributorText).IsEmpty && source.Kind is SourceKind.InternationalOrganisation or SourceKind.Intelligence or SourceKind.Ngo);
    }

    // "the governor", "the regional governor": the head of a region, so the region's administration named last
    // (RegionalAdministration names it "<Place> regional administration"), never a body of another kind carried
    // (Golden case: the_governor_is_the_region_named_last).
    private static readonly WordSet RegionTitles = WordLists.Set("regionTitles");

    private static bool IsRegion(SourceDefinition source) => source.Name.EndsWith(" regional administration", StringComparison.Ordinal);

    // "the medical group", "the rights group": a group of civilians, never the armed group just named as the actor
    // ("… accused the RSF of detaining 2,300. The medical group said …") (Golden case: a_medical_group_is_no_armed_group).
    private static readonly WordSet CivilGroupWords = WordLists.Set("civilGroupWords");

    // "the NGO" is a civil group by its head alone: never "the RSF" named in the sentence before instead of the monitor
    // that spoke (speakers.json civilGroupHeads; golden case: the_ngo_named_by_apposition_and_after).
    private static readonly WordSet CivilGroupHeads = WordLists.Set("civilGroupHeads");

    /// <summary>"the charity", "the NGO": a head that only an aid group can be (speakers.json civilGroupHeads).</summary>
    public static bool IsAidGroupHead(string attributorText) => CivilGroupHeads.Contains(HeadNoun(attributorText ?? ""));

    private static bool IsCivilGroup(string attributorText)
    {
        var span = attributorText.AsSpan().TrimEnd();
        var space = span.LastIndexOf(' ');
        if (space < 0)
        {
            return false;
        }
        var before = span[..space].TrimEnd();
        return CivilGroupWords.Contains(before[(before.LastIndexOf(' ') + 1)..]) || CivilGroupHeads.Contains(span[(space + 1)..]);
    }

    // "the group", "the network", "the NGO": a civil body's head noun (speakers.json groupHeads), so an NGO or monitor
    // named before ("according to ACLED … the NGO reports 3,000 deaths"; golden case: the_ngo_is_the_monitor_named_before).
    private static readonly WordSet Groups = WordLists.Set("groupHeads");
    private static readonly WordSet Agencies = new("agency", "organisation", "organization", "body", "mission");

    // Head nouns that only a body whose own name carries them can stand for ("the headquarters": the Coordination
    // Headquarters; "the syndicate's tally": the Journalists Syndicate, never the army that spoke between; speakers.json
    // ownNameHeads).
    private static readonly WordSet OwnNames = WordLists.Set("ownNameHeads");

    private static bool HasWord(string name, ReadOnlySpan<char> word)
    {
        foreach (var range in name.AsSpan().SplitAny(' ', '-'))
        {
            if (name.AsSpan()[range].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> HeadNoun(string text)
    {
        var span = text.AsSpan().TrimEnd();
        var space = span.LastIndexOf(' ');
        return space < 0 ? span : span[(space + 1)..];
    }
}
