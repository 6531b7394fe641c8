# Fails when a test function can skip itself (QSKIP): ctest would count its executable as
# passed although that function never ran. A whole run that cannot happen here (PostgreSQL
# without a server) exits with 77 from PD_DATABASE_TEST_MAIN instead.
file(GLOB_RECURSE test_files "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp")
set(problems "")
foreach(f IN LISTS test_files)
    file(STRINGS "${f}" hits REGEX "QSKIP *\\(")
    if(hits)
        string(APPEND problems "a test function skips itself: ${f}: ${hits}\n")
    endif()
endforeach()
list(LENGTH test_files n)
if(n LESS 20)
    string(APPEND problems "found only ${n} test files: wrong SOURCE_DIR?\n")
endif()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "no skips: ${n} test files, none with QSKIP")
