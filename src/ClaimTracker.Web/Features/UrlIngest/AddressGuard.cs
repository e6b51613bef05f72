using System.Net;
using System.Net.Sockets;

namespace ClaimTracker.Web.Features.UrlIngest;

/// <summary>Which IP addresses a fetched link may reach: public ones only, unless private addresses are allowed.</summary>
public static class AddressGuard
{
    /// <summary>True for an address on the public internet; false for loopback, private, link-local, metadata, multicast and reserved ranges.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0                                   // "this network"
                || b[0] == 10                                    // private
                || b[0] == 127                                   // loopback
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)    // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254)                  // link-local, including the cloud metadata service 169.254.169.254
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)     // private
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)       // IETF protocol assignments (e.g. 192.0.0.192, Oracle metadata)
                || (b[0] == 192 && b[1] == 168)                  // private
                || (b[0] == 198 && b[1] is 18 or 19)             // benchmarking
                || b[0] >= 224);                                 // multicast, reserved, broadcast
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6None)
                || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
            {
                return false;
            }
            var b = address.GetAddressBytes();
            // fd00:ec2::254 (AWS metadata over IPv6) is unique-local and refused above; 6to4 and NAT64 embed IPv4 addresses.
            if (b[0] == 0x20 && b[1] == 0x02)
            {
                return IsPublic(new IPAddress(b[2..6]));
            }
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
            {
                return IsPublic(new IPAddress(b[12..16]));
            }
            return true;
        }
        return false;
    }
}
