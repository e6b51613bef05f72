using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ninety-nine wounded patients arrived at health facilities supported by Médecins Sans Frontières (MSF) …, the medical
/// charity said"; "The camp's only clinic, run by MSF, treated more than 4,000 children …, the group said": an aid body
/// or a UN agency named earlier in the anaphor's own sentence is the body "the charity", "the group" or "the agency"
/// describes, when nothing before the sentence resolves it (a lede has nothing before it; a crosshead between the
/// body's last words and the sentence leaves none in reach). The own sentence is read last because a body named there
/// is more often the actor of the figure ("the RSF killed 20, the group said"): only a civilian body (an NGO or an
/// international organisation) is taken, never an armed group, an army or a state's body, which act rather than count.
/// Unseen61 sudantribune-msf-zalingei-grenade, Unseen70 tengele-msf-99-wounded-darfur, Unseen76
/// aljazeera-tawila-cold-hungry-el-fasher-survivors; golden cases the_charity_in_a_lede_is_the_aid_group_it_names,
/// the_group_running_the_clinic_speaks_after_a_crosshead, the_agency_in_its_own_sentence_is_the_un_agency.
/// </summary>
internal static class CivilBodyBeside
{
    /// <summary>Whether a body named beside the anaphor can be the one it describes: a civilian body of the anaphor's kind.</summary>
    public static bool Fits(string anaphorText, SourceDefinition source) =>
        source.Kind is SourceKind.Ngo or SourceKind.InternationalOrganisation && AnaphorFit.Describes(anaphorText, source);

    /// <summary>Whether the anaphor is a body's description ("the charity", "the medical group", "the agency"), not a pronoun or a title.</summary>
    public static bool Describes(string anaphorText) =>
        !ClaimLexicon.Pronouns.Contains(anaphorText) && !ClaimLexicon.BodyPronouns.Contains(anaphorText)
        && anaphorText.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
}
