# icity_embed(TARGET name NAMESPACE ns FILES a b ...) compiles files into the binary so
# that one executable carries its migrations and reference data.
# Each file becomes `std::string_view ns::<identifier>()` where the identifier is the
# file name with non-alphanumerics replaced by '_', plus a lookup table `ns::files()`.
function(icity_embed)
  cmake_parse_arguments(E "" "TARGET;NAMESPACE;HEADER" "FILES" ${ARGN})
  set(out_cpp ${CMAKE_CURRENT_BINARY_DIR}/${E_TARGET}_embedded.cpp)
  set(script ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake)
  string(REPLACE ";" "|" files_arg "${E_FILES}")
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DNS=${E_NAMESPACE} -DHEADER=${E_HEADER}
            "-DFILES=${files_arg}" -P ${script}
    DEPENDS ${E_FILES} ${script}
    COMMENT "Embedding ${E_TARGET}" VERBATIM)
  add_library(${E_TARGET} STATIC ${out_cpp})
  target_include_directories(${E_TARGET} PUBLIC ${PROJECT_SOURCE_DIR}/src)
endfunction()
