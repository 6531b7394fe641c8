# Installing PointsDesk and its Debian package (scripts/package.sh; tests/package/check-deb.sh).
# The translations are compiled into the programs (core/CMakeLists.txt), so the package's
# Chinese is in its two executables.
include(GNUInstallDirs)

install(TARGETS pointsdesk pointsdesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/pointsdesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/pointsdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/pointsdesk-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME pointsdesk.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pointsdesk)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/screenshots DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pointsdesk)

# Packaging copies what is built; it does not build the tests first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pointsdesk)
set(CPACK_PACKAGE_VENDOR PointsDesk)
set(CPACK_PACKAGE_CONTACT "PointsDesk <team@pointsdesk.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Back office of a consumer-points loyalty programme (积分管家)")
set(CPACK_PACKAGE_DESCRIPTION
    "Members, receipts, redemptions, returns, campaigns, insights and compliance of a supermarket chain's points programme, over SQLite or PostgreSQL, in Chinese and English.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY pointsdesk)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Qt, libsodium, ICU, SQLite, OpenSSL from the programs themselves
# What the linker does not see: the Qt SQL driver plugins and a font that has Chinese.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
include(CPack)
