import ipaddress
from ipaddress import (ip_address, ip_network, ip_interface, IPv4Address, IPv6Address,
                       IPv4Network, IPv6Network, IPv4Interface, IPv6Interface)

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
        print("ok", r)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

# addresses
for s in ["192.0.2.1", "0.0.0.0", "255.255.255.255", 3232235777, b"\x7f\x00\x00\x01",
          "::1", "2001:db8::8:800:200c:417a", "::", "::ffff:192.0.2.128",
          "2001:0db8:0000:0000:0000:ff00:0042:8329", "1:0:0:1:0:0:0:1", "0:0:1:0:0:0:0:0",
          "1:2:3:4:5:6:7:8", 2 ** 100, b"\x20\x01" + bytes(14)]:
    a = ip_address(s)
    print(repr(a), str(a), a.version, a.max_prefixlen, int(a), a.packed, a.exploded,
          a.compressed, a.reverse_pointer)
for a in ["0.0.0.0", "10.1.2.3", "127.0.0.1", "169.254.1.1", "172.16.5.4", "192.168.1.1",
          "100.64.1.1", "8.8.8.8", "224.0.0.1", "240.0.0.1", "255.255.255.255", "192.0.0.9",
          "192.0.2.1", "::", "::1", "fe80::1", "fec0::1", "ff02::1", "2001:db8::1", "2001:4860::1",
          "fc00::1", "::ffff:10.0.0.1", "::ffff:8.8.8.8", "2001:1::1", "2001:3::5", "100::1"]:
    x = ip_address(a)
    flags = [x.is_private, x.is_global, x.is_multicast, x.is_reserved, x.is_loopback,
             x.is_link_local, x.is_unspecified]
    if x.version == 6:
        flags += [x.is_site_local, x.ipv4_mapped, x.teredo, x.sixtofour]
    print(a, flags)
print(IPv6Address("2001:0:4136:e378:8000:63bf:3fff:fdd2").teredo, IPv6Address("2002:c000:204::1").sixtofour)
sc = IPv6Address("fe80::1%eth0")
print(sc.scope_id, sc == IPv6Address("fe80::1"), sc == IPv6Address("fe80::1%eth0"), IPv6Address("::1").scope_id)
print(IPv4Address("1.2.3.4") + 10, IPv4Address("1.2.3.4") - 5, IPv6Address("::1") + 65535)
print(IPv4Address("1.2.3.4") < IPv4Address("1.2.3.5"), IPv4Address("1.2.3.4") >= IPv4Address("1.2.3.5"),
      IPv4Address("1.2.3.4") == IPv4Address("1.2.3.4"), IPv4Address("1.2.3.4") == IPv6Address("::1"),
      IPv4Address("1.2.3.4") == "1.2.3.4", IPv4Address("1.2.3.4") != IPv4Address("1.2.3.5"))
for spec in ["", "s", ">20s", "b", "_b", "#b", "#_b", "x", "#x", "_X", "n", "#n", "#_n"]:
    print(repr(spec), format(IPv4Address("192.0.2.1"), spec), format(IPv6Address("2001:db8::1"), spec))
print(f"{IPv4Address('10.0.0.1'):#x}")
err(IPv4Address("1.2.3.4").__format__, "d")
print(hash(IPv4Address("1.2.3.4")) == hash(IPv4Address(16909060)), len({IPv4Address("1.2.3.4"), IPv4Address(16909060)}))

for bad in ["", "1.2.3", "1.2.3.4.5", "1.2.3.256", "1.2.3.04", "1.2.3.a", "1.2.3.1234", "1..2.3",
            "1.2.3.4/24", "١.2.3.4", -1, 2 ** 32, b"\x01\x02", 1.5]:
    err(IPv4Address, bad)
for bad in ["", "1:2", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8:9:0", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:",
            "1:2:3:4:5:6:7", "1:2:3:4::5:6:7:8", "12345::", "g::", "::1.2.3.400", "fe80::%",
            "fe80::1%a%b", "::1/128", -1, 2 ** 128, b"\x00" * 15, ":1::2", "1::2:"]:
    err(IPv6Address, bad)
for bad in ["x", "1.2.3", 2 ** 200, "1.2.3.4/24"]:
    err(ip_address, bad)
err(ip_network, "zzz")
err(ip_interface, "1.2.3.4/33")
err(ipaddress.v4_int_to_packed, 2 ** 32)
err(ipaddress.v6_int_to_packed, -1)
print(ipaddress.v4_int_to_packed(3232235777), ipaddress.v6_int_to_packed(1))

# networks
for s in ["192.0.2.0/24", "10.0.0.0/255.0.0.0", "10.0.0.0/0.255.255.255", "192.0.2.5/32",
          "192.0.2.4/31", ("192.0.2.0", 28), (3232235520, "24"), "2001:db8::/32", "::/0",
          "2001:db8::1/128", "2001:db8::/127", 167772160, b"\x0a\x00\x00\x00"]:
    n = ip_network(s)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen,
          n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded,
          n.compressed, n.max_prefixlen, n.version)
print(list(ip_network("192.0.2.0/29").hosts()), list(ip_network("192.0.2.0/31").hosts()),
      list(ip_network("192.0.2.7/32").hosts()), list(ip_network("2001:db8::/126").hosts()),
      list(ip_network("2001:db8::/127").hosts()))
n = ip_network("192.0.2.0/28")
print(n[0], n[3], n[-1], n[-16], list(n)[:3], len(list(n)))
err(n.__getitem__, 16)
err(n.__getitem__, -17)
print(IPv4Address("192.0.2.5") in n, IPv4Address("192.0.3.5") in n, IPv6Address("::1") in n,
      ip_network("192.0.2.0/30") in n)
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=30)))
print(list(ip_network("1.2.3.4/32").subnets()), n.supernet(), n.supernet(4), n.supernet(new_prefix=20),
      ip_network("0.0.0.0/0").supernet())
err(n.subnets, new_prefix=20)
err(n.subnets, 2, 30)
err(n.subnets, -1)
err(n.subnets, 5)
err(n.supernet, new_prefix=30)
err(n.supernet, 2, 20)
err(n.supernet, 29)
print(list(ip_network("2001:db8::/32").subnets(new_prefix=34)), ip_network("2001:db8::/32").supernet(16))
print(ip_network("192.0.2.0/28").overlaps(ip_network("192.0.2.8/29")),
      ip_network("192.0.2.0/28").overlaps(ip_network("192.0.3.0/24")))
print(ip_network("192.0.2.0/28").subnet_of(ip_network("192.0.2.0/24")),
      ip_network("192.0.2.0/24").supernet_of(ip_network("192.0.2.0/28")),
      ip_network("192.0.2.0/24").subnet_of(ip_network("192.0.2.0/28")))
err(ip_network("192.0.2.0/24").subnet_of, ip_network("::/0"))
err(ip_network("192.0.2.0/24").subnet_of, IPv4Address("1.2.3.4"))
print(list(ip_network("192.0.2.0/28").address_exclude(ip_network("192.0.2.1/32"))))
print(list(ip_network("10.0.0.0/8").address_exclude(ip_network("10.128.0.0/9"))))
print(list(ip_network("10.0.0.0/8").address_exclude(ip_network("10.0.0.0/8"))))
err(ip_network("10.0.0.0/8").address_exclude, ip_network("11.0.0.0/8"))
err(ip_network("10.0.0.0/8").address_exclude, ip_network("::/8"))
err(ip_network("10.0.0.0/8").address_exclude, IPv4Address("10.0.0.1"))
a, b = ip_network("10.0.0.0/8"), ip_network("10.0.0.0/16")
print(a.compare_networks(b), b.compare_networks(a), a.compare_networks(a), ip_network("9.0.0.0/8").compare_networks(a))
err(a.compare_networks, ip_network("::/0"))
print(a < b, b < a, a == ip_network("10.0.0.0/8"), a == b, a <= b, a > b, sorted([b, a, ip_network("9.0.0.0/8")]))
err(lambda: a < ip_network("::/0"))
err(lambda: a < IPv4Address("1.2.3.4"))
err(lambda: IPv4Address("1.2.3.4") < IPv6Address("::1"))
print(hash(a) == hash(ip_network("10.0.0.0/8")), len({a, ip_network("10.0.0.0/255.0.0.0"), b}))
for s in ["10.0.0.0/8", "192.168.0.0/16", "100.64.0.0/10", "100.64.0.0/11", "8.8.8.0/24", "224.0.0.0/4",
          "127.0.0.0/8", "169.254.0.0/16", "240.0.0.0/4", "0.0.0.0/32", "fe80::/10", "fec0::/10",
          "::1/128", "::/128", "ff00::/8", "2001:db8::/32", "2000::/3"]:
    x = ip_network(s)
    fl = [x.is_private, x.is_global, x.is_multicast, x.is_reserved, x.is_loopback, x.is_link_local,
          x.is_unspecified]
    if x.version == 6:
        fl.append(x.is_site_local)
    print(s, fl)
for bad, strict in [("192.0.2.1/24", True), ("192.0.2.1/24", False), ("1.2.3.4/33", True),
                    ("1.2.3.4/255.0.255.0", True), ("1.2.3.4/-1", True), ("1.2.3.4/ 8", True),
                    ("1.2.3.4/1/2", True), ("1.2.3.4/abc", True), ("1.2.3.4/", True),
                    ("2001:db8::1/64", True), ("2001:db8::1/64", False), ("2001:db8::/129", True),
                    ("2001:db8::/ffff::", True), ("::/x", True), (("1.2.3.4", 33), True),
                    (("1.2.3.0", "255.255.255.0"), True), ("10.0.0.0/0.0.0.255", True)]:
    err(ip_network, bad, strict)
err(IPv4Network, "10.0.0.0/8/8")
err(IPv4Network, "10.1.0.0/8")
err(IPv6Network, "1.2.3.4/8")
print(IPv4Network("1.2.3.4/24", strict=False))
print(ip_network("10.0.0.1/32").hosts(), ip_network("fe80::%eth1/64"))

# interfaces
for s in ["192.0.2.5/24", "192.0.2.5", "10.1.2.3/255.255.0.0", ("10.0.0.1", 8), 167772161,
          "2001:db8::1/64", "fe80::1%eth0/64", "::1"]:
    i = ip_interface(s)
    print(repr(i), str(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
          i.with_hostmask, i.exploded, i.compressed, i.version, int(i), i.is_private,
          i.is_loopback, i.is_unspecified)
i1, i2, i3 = ip_interface("10.0.0.1/8"), ip_interface("10.0.0.1/16"), ip_interface("10.0.0.2/8")
print(i1 == i2, i1 == ip_interface("10.0.0.1/8"), i1 < i2, i2 < i1, i1 < i3, i1 == IPv4Address("10.0.0.1"),
      IPv4Address("10.0.0.1") == i1, sorted([i3, i2, i1]))
print(len({i1, i2, ip_interface("10.0.0.1/255.0.0.0")}), ip_interface("::/0").is_unspecified,
      ip_interface("::1/128").is_loopback, ip_interface("::1/64").is_loopback)
err(IPv4Interface, "1.2.3.4/1/2")
err(IPv6Interface, "::1/abc")

# collapse and summarize
print(list(ipaddress.collapse_addresses([ip_network("192.0.2.0/25"), ip_network("192.0.2.128/25")])))
print(list(ipaddress.collapse_addresses([IPv4Address("10.0.0.%d" % i) for i in range(0, 11)])))
print(list(ipaddress.collapse_addresses([ip_network("10.0.0.0/24"), ip_network("10.0.0.0/16"),
                                          ip_network("10.1.0.0/16"), IPv4Address("10.2.0.0"),
                                          ip_network("10.2.0.1/32"), ip_interface("10.2.0.2/32"),
                                          ip_network("10.2.0.3/32")])))
print(list(ipaddress.collapse_addresses([ip_network("2001:db8::/33"), ip_network("2001:db8:8000::/33"),
                                          IPv6Address("::1")])))
print(list(ipaddress.collapse_addresses([])))
err(ipaddress.collapse_addresses, [IPv4Address("1.2.3.4"), IPv6Address("::1")])
err(ipaddress.collapse_addresses, [ip_network("1.0.0.0/8"), ip_network("::/8")])
err(ipaddress.collapse_addresses, [IPv4Address("1.2.3.4"), ip_network("::1/128")])
print(list(ipaddress.summarize_address_range(IPv4Address("192.0.2.0"), IPv4Address("192.0.2.130"))))
print(list(ipaddress.summarize_address_range(IPv4Address("0.0.0.0"), IPv4Address("255.255.255.255"))))
print(list(ipaddress.summarize_address_range(IPv6Address("::1"), IPv6Address("::9"))))
print(list(ipaddress.summarize_address_range(IPv4Address("1.1.1.1"), IPv4Address("1.1.1.1"))))
err(ipaddress.summarize_address_range, IPv4Address("1.1.1.2"), IPv4Address("1.1.1.1"))
err(ipaddress.summarize_address_range, IPv4Address("1.1.1.2"), IPv6Address("::1"))
err(ipaddress.summarize_address_range, ip_network("1.1.1.0/24"), IPv4Address("1.1.1.1"))
mixed = [ip_network("10.0.0.0/8"), IPv6Address("::1"), IPv4Address("10.0.0.0"), ip_network("::/0"),
         IPv4Address("1.1.1.1")]
print(sorted(mixed, key=ipaddress.get_mixed_type_key), ipaddress.get_mixed_type_key("x"))
import copy, pickle
print(copy.copy(IPv4Address("1.2.3.4")), copy.deepcopy(ip_network("10.0.0.0/8")),
      copy.copy(ip_interface("10.0.0.1/8")), copy.deepcopy(IPv6Address("fe80::1%x")))
print(pickle.loads(pickle.dumps(ip_interface("2001:db8::1/64"))))
print(issubclass(ipaddress.AddressValueError, ValueError), issubclass(ipaddress.NetmaskValueError, ValueError))
print(ipaddress.IPV4LENGTH, ipaddress.IPV6LENGTH)
cached = ip_network("1.2.3.0/24")
print(sorted(vars(cached)), cached.broadcast_address, sorted(vars(cached)), copy.copy(IPv6Address("fe80::1%eth0")))
print(list(ipaddress._find_address_range([IPv4Address("1.0.0.1"), IPv4Address("1.0.0.2"), IPv4Address("1.0.0.4")])),
      ipaddress._count_righthand_zero_bits(0, 32), ipaddress._count_righthand_zero_bits(8, 32))
ip_network("192.168.1.1/24")
