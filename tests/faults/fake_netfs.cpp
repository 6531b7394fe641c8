// Preloaded into pointsdesk-cli by tst_netfs: statfs() reports the file-system type
// PD_FAKE_NETFS_TYPE (hex) for paths under PD_FAKE_NETFS_DIR, as the kernel would for a
// folder on an NFS or SMB share. Everything else is the real answer. A real share cannot be
// mounted on a test machine without privileges; the program's own check runs unchanged.
#include <dlfcn.h>
#include <sys/vfs.h>

#include <cstdlib>
#include <cstring>

namespace {

template<typename Buffer>
void pretend(const char *path, Buffer *buffer)
{
    const char *under = std::getenv("PD_FAKE_NETFS_DIR");
    const char *type = std::getenv("PD_FAKE_NETFS_TYPE");
    if (under && type && std::strncmp(path, under, std::strlen(under)) == 0)
        buffer->f_type = static_cast<decltype(buffer->f_type)>(std::strtoul(type, nullptr, 16));
}

} // namespace

extern "C" int statfs(const char *path, struct statfs *buffer)
{
    using Real = int (*)(const char *, struct statfs *);
    static const Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "statfs"));
    const int rc = real(path, buffer);
    if (rc == 0)
        pretend(path, buffer);
    return rc;
}

extern "C" int statfs64(const char *path, struct statfs64 *buffer)
{
    using Real = int (*)(const char *, struct statfs64 *);
    static const Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "statfs64"));
    const int rc = real(path, buffer);
    if (rc == 0)
        pretend(path, buffer);
    return rc;
}
