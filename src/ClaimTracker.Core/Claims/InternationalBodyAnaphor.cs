using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least 21 UNRWA staff members have been detained … in Gaza, the agency said"; "… about 800 sought refuge in
/// Libya's Kufra district, the agency added" after "The UN refugee agency, UNHCR, said": a body of no country (a UN
/// agency, an aid group) that the anaphor's head names ("the agency" → UN Relief and Works Agency) and that the
/// sentence or the two before it name, speaks ahead of a country the sentence moves to, which is where the figures
/// are, not who counts them. Golden case: the_agency_is_the_un_agency_named_not_the_place.
/// </summary>
internal static class InternationalBodyAnaphor
{
    /// <summary>
    /// Whether <paramref name="source"/> belongs to no country and the anaphor's head names it, or the head is an aid
    /// group's ("according to the charity", "the NGO said") and the source is one: MSF's name holds no "charity", yet
    /// "the charity" after "MSF had been running a unit …, and the disease has killed seven people in the state" is MSF,
    /// not nobody of the place (Unseen61 sudantribune-msf-zalingei-grenade; golden case
    /// according_to_the_charity_is_the_aid_group_named_before; branch source96).
    /// </summary>
    public static bool Fits(string anaphorText, SourceDefinition source) =>
        source.Country is null && source.Kind is SourceKind.InternationalOrganisation or SourceKind.Ngo
        && (AnaphorFit.Names(anaphorText, source) || (source.Kind is SourceKind.Ngo && AnaphorFit.IsAidGroupHead(anaphorText)));
}
